package org.framelab.util;

import java.nio.file.Path;

/** Process-wide settings that must be in place before Weka, POI or AWT classes load. */
public final class Runtime2 {
    private static volatile boolean configured;

    private Runtime2() {}

    public static synchronized void configure() {
        if (configured) return;
        configured = true;
        // Pure-Java linear algebra for Weka (netlib native loaders are excluded from the build).
        setIfAbsent("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        setIfAbsent("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        setIfAbsent("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
        // Weka writes package metadata to ~/wekafiles unless WEKA_HOME is set.
        if (System.getenv("WEKA_HOME") == null && System.getProperty("WEKA_HOME") == null) {
            System.setProperty("WEKA_HOME", Path.of(System.getProperty("java.io.tmpdir"), "framelab-wekafiles").toString());
        }
        // POI logs through log4j-api: use its simple provider at ERROR level (see log4j2.component.properties).
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "ERROR");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }

    /** FrameLab's version (from the jar manifest), "dev" when running from classes. */
    public static String version() {
        String v = Runtime2.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }
}
