package org.framelab.corpus;

import java.nio.file.Path;
import java.util.List;

/**
 * A corpus format. Each reader registers itself in {@link ReaderRegistry} under its file extensions
 * (without the dot, e.g. {@code csv}, {@code jsonl.gz}); folder readers register {@link #acceptsFolder}.
 */
public interface CorpusReader {
    /** Short name shown in provenance, e.g. {@code jsonl}. */
    String name();

    /** Lower-case extensions without the dot; longest match wins ({@code jsonl.gz} before {@code gz}). */
    List<String> extensions();

    /** For folder readers: true when this reader can read the given folder. */
    default boolean acceptsFolder(Path folder) { return false; }

    /** Opens the input for raw record reading. */
    RecordSource open(Path path, ReadOptions options) throws CorpusException;
}
