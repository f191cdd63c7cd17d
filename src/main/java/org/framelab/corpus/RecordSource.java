package org.framelab.corpus;

import java.util.List;

/**
 * Raw records of one input, read one at a time. Implemented by each {@link CorpusReader}.
 * {@link #next()} returns null at the end. A bad record throws {@link BadRecordException}; when
 * {@link BadRecordException#recoverable()} the source can continue with the next record
 * (used by {@code --skip-bad}).
 */
public interface RecordSource extends AutoCloseable {
    /** The field names known up front (CSV header, first JSON object's keys), in input order. */
    List<String> fields() throws CorpusException;

    /** The next record, or null at the end of the input. */
    RawRecord next() throws CorpusException;

    /** Display name of the file(s) being read. */
    List<String> files();

    default long bytesRead() { return -1; }

    default long totalBytes() { return -1; }

    /** What the reader did to values that a user should know (e.g. cells filled from merged regions), one sentence each. */
    default List<String> notes() { return List.of(); }

    /** Where else the fields may be (e.g. "the workbook has other sheets: ..."), for the error of a missing field; or null. */
    default String elsewhere() { return null; }

    @Override
    void close();
}
