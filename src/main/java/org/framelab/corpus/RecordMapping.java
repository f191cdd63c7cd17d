package org.framelab.corpus;

import java.io.Serializable;
import java.util.List;

/**
 * A field mapping resolved against an input's fields (detection and checks exactly as the local readers do them),
 * kept as a small serialisable recipe that turns raw records into {@link Article}s: what a job that reads its records
 * itself (the Spark job, one mapper per partition) applies so that its articles equal a local read's.
 */
public final class RecordMapping implements Serializable {
    private static final long serialVersionUID = 1L;

    private final FieldMapping mapping;
    private final List<String> fields;
    private final String stem;
    private transient ArticleMapper mapper;

    private RecordMapping(FieldMapping mapping, List<String> fields, String stem) {
        this.mapping = mapping;
        this.fields = List.copyOf(fields);
        this.stem = stem;
    }

    /**
     * Detects the roles not given in {@code requested} among {@code fields} and checks that every named field exists.
     *
     * @param file the input file the fields come from (named in errors; its name without extension is the stem of
     *             the ids given to records without an id)
     * @throws CorpusException no text field, or a named field that is not in {@code fields}
     */
    public static RecordMapping resolve(String file, List<String> fields, FieldMapping requested) throws CorpusException {
        FieldMapping m = FieldDetection.detect(fields, requested);
        FieldDetection.validate(file, fields, m);
        return new RecordMapping(m, fields, ArticleMapper.stem(file));
    }

    /** The same mapping for another file of the input (ids without an id field take that file's stem). */
    public RecordMapping forFile(String file) {
        return new RecordMapping(mapping, fields, ArticleMapper.stem(file));
    }

    /** The effective mapping (after detection). */
    public FieldMapping mapping() {
        return mapping;
    }

    /** The input's fields the mapping was resolved against. */
    public List<String> fields() {
        return fields;
    }

    /**
     * The record as an article: the same id, text, outlet, date, labels and metadata as a local read gives, the date
     * read under the mapping's date format. Records are mapped one at a time here, so the checks of the date order
     * across records ({@code DateReader}) are not made: a value that contradicts the date format has no date.
     */
    public Article map(RawRecord r) {
        if (mapper == null) mapper = new ArticleMapper(mapping, fields, stem);
        return mapper.mapAlone(r);
    }
}
