package org.framelab.util;

/**
 * A setting names fields or values the data does not have: a field no article has ({@link FieldNotInDataException}),
 * or outlets for {@code --outlets} or {@code lexicon learn --holdout-outlets} that no article carries. It is an
 * {@link OptionException}, so every front end names the setting its own way, but it is known only after the data is
 * read, so it is bad input: the CLI exits 3 for it. {@link #whatToDo()} says how to put it right.
 */
public class NotInDataException extends OptionException {
    private final String whatToDo;

    /** {@code detail} says what was found instead, e.g. "no such outlet in the corpus; its outlets are: ...". */
    public NotInDataException(String key, String values, String detail, String whatToDo) {
        super(key, values, detail);
        this.whatToDo = whatToDo;
    }

    /** What the user can do, one sentence. */
    public String whatToDo() {
        return whatToDo;
    }
}
