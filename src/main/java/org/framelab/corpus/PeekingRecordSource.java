package org.framelab.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * A record source whose field names come from its first record (JSON inputs have no header):
 * {@link #fields()} reads that record ahead and {@link #next()} hands it out first.
 */
abstract class PeekingRecordSource implements RecordSource {
    private RawRecord peeked;
    private boolean hasPeek;

    /** Reads the next record from the input, or null at the end. */
    protected abstract RawRecord read() throws CorpusException;

    @Override
    public List<String> fields() throws CorpusException {
        if (!hasPeek) {
            // the first record names the fields; a bad first record is reported as such
            peeked = read();
            hasPeek = true;
        }
        return peeked == null ? List.of() : new ArrayList<>(peeked.fields().keySet());
    }

    @Override
    public RawRecord next() throws CorpusException {
        if (hasPeek) {
            hasPeek = false;
            RawRecord r = peeked;
            peeked = null;
            return r;
        }
        return read();
    }
}
