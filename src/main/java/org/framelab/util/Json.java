package org.framelab.util;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.util.LinkedHashMap;
import java.util.Map;

/** The small helpers every JSON tree FrameLab writes is built with: ordered objects, NaN as null, indented text. */
public final class Json {
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    /** A number for a JSON tree: NaN and the infinities (not valid JSON) become {@code null}. */
    public static Double num(double d) {
        return Double.isFinite(d) ? d : null;
    }

    /** An ordered JSON object from alternating keys and values: {@code object("a", 1, "b", 2)}. */
    public static Map<String, Object> object(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) throw new IllegalArgumentException("keys and values must come in pairs");
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    /** The tree as indented JSON text. */
    public static String pretty(Object tree) throws JsonProcessingException {
        return PRETTY.writeValueAsString(tree);
    }
}
