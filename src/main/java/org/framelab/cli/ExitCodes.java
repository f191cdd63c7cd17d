package org.framelab.cli;

/** FrameLab's documented exit codes. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_USAGE = 2;
    public static final int BAD_INPUT = 3;
    public static final int OUT_OF_MEMORY = 4;

    private ExitCodes() {}
}
