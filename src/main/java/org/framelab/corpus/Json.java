package org.framelab.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Jackson streaming helpers shared by the JSON readers. */
final class Json {
    /** Jackson's limits, but strings up to {@link TextInput#MAX_RECORD} (Jackson's default stops at 20 M characters). */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(TextInput.MAX_RECORD).build()).build());
    static final JsonFactory FACTORY = MAPPER.getFactory();

    private Json() {}

    /**
     * Reads one JSON object from the parser (positioned before or at START_OBJECT) into a map of
     * strings: scalars as their text, null as "", arrays as compact JSON (a list of annotated words stays
     * one field), and a nested object as its values under dotted names ({@code {"body": {"text": ...}}}
     * gives {@code body.text}; mapped with {@code --text-field body.text}), never as one JSON string that
     * would be analysed as text. A key that appears again gets {@code _2}, {@code _3}... (as repeated CSV
     * column names do), so no value is lost.
     */
    static Map<String, String> readObject(JsonParser p) throws IOException {
        JsonToken t = p.currentToken() == null ? p.nextToken() : p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a JSON object {...} but found " + t);
        }
        Map<String, String> m = new LinkedHashMap<>();
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (v == JsonToken.START_OBJECT) {
                flatten(name, MAPPER.readTree(p), m);
                continue;
            }
            String value;
            if (v == JsonToken.START_ARRAY) {
                value = MAPPER.writeValueAsString(MAPPER.readTree(p));
            } else if (v == JsonToken.VALUE_NULL) {
                value = "";
            } else {
                value = p.getText();
            }
            put(m, name, value);
        }
        if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected " + t + " inside an object");
        }
        return m;
    }

    /** A repeated key is kept, like a repeated CSV column: {@code name_2}, {@code name_3}, ... */
    private static void put(Map<String, String> m, String name, String value) {
        String key = name;
        for (int k = 2; m.containsKey(key); k++) key = name + "_" + k;
        m.put(key, value);
    }

    /** The scalar and array values of an object under {@code prefix.key} (objects inside it likewise); an empty object gives "". */
    private static void flatten(String prefix, JsonNode object, Map<String, String> m) throws IOException {
        if (object.isEmpty()) {
            put(m, prefix, "");
            return;
        }
        var it = object.fields();
        while (it.hasNext()) {
            var e = it.next();
            String key = prefix + "." + e.getKey();
            JsonNode v = e.getValue();
            if (v.isObject()) flatten(key, v, m);
            else if (v.isArray()) put(m, key, MAPPER.writeValueAsString(v));
            else put(m, key, v.isNull() ? "" : v.asText());
        }
    }

    /** Short, user-facing description of a Jackson parse error (without the source dump). */
    static String describe(IOException e) {
        String msg = e.getMessage();
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) msg = jpe.getOriginalMessage();
        if (msg == null) msg = e.toString();
        int nl = msg.indexOf('\n');
        if (nl > 0) msg = msg.substring(0, nl);
        if (msg.length() > 160) msg = msg.substring(0, 160) + "...";
        return msg;
    }
}
