package org.framelab.cli;

import picocli.CommandLine.Option;

/** {@code --raw-csv}, for every command that writes CSV (a picocli mixin). */
public class RawCsvOption {
    @Option(names = "--raw-csv", description = "Write CSV text cells as they are: no quote prefix on text starting with = + - @ (see docs/output.md).")
    boolean raw;
}
