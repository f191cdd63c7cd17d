package org.framelab.corpus;

import java.nio.file.Path;
import java.util.List;

/** A reader of one text file (CSV/TSV, JSON lines, JSON): opens it with {@link TextInput} and reads records from it. */
abstract class TextFileReader implements CorpusReader {
    private final String name;
    private final List<String> extensions;

    TextFileReader(String name, String... extensions) {
        this.name = name;
        this.extensions = List.of(extensions);
    }

    @Override public String name() { return name; }

    @Override public List<String> extensions() { return extensions; }

    @Override
    public RecordSource open(Path path, ReadOptions options) throws CorpusException {
        return TextInput.open(path, options.encoding(), in -> source(in, options, path));
    }

    /** The record source over the opened input (closed by the caller when this throws). */
    abstract RecordSource source(TextInput in, ReadOptions options, Path path) throws CorpusException;
}
