package org.framelab.study;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.framelab.util.InputException;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into maps, lists and scalars that remember their line, so every study-file
 * error can name the key and the line (Jackson's YAML parser supplies the locations).
 */
final class YamlTree {
    private YamlTree() {}

    /** A value with the line (1-based) where it starts. {@code value}: Map, List, String, Number, Boolean or null. */
    record Node(Object value, int line) {
        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }

        boolean isMap() {
            return value instanceof Map;
        }

        boolean isList() {
            return value instanceof List;
        }

        boolean isNull() {
            return value == null;
        }
    }

    static Node parse(Reader in, String file) throws InputException {
        try (JsonParser p = new YAMLFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) throw new InputException(file + ": the study file is empty\n  What to do: start from datasets/demo/study.yaml.");
            Node root = read(p, file);
            if (p.nextToken() != null) {
                throw new InputException(file + ", line " + line(p.currentTokenLocation()) + ": more than one YAML document"
                        + "\n  What to do: keep one study per file (remove the '---' separator).");
            }
            return root;
        } catch (JsonParseException e) {
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            throw new InputException(file + ", line " + line(e.getLocation()) + ": not valid YAML: "
                    + (nl > 0 ? msg.substring(0, nl) : msg)
                    + "\n  What to do: check the indentation (spaces, not tabs) and the ':' after each key.", e);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the study file: " + e.getMessage(), e);
        }
    }

    private static Node read(JsonParser p, String file) throws IOException, InputException {
        JsonToken t = p.currentToken();
        int line = line(p.currentTokenLocation());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    int keyLine = line(p.currentTokenLocation());
                    p.nextToken();
                    Node v = read(p, file);
                    if (m.containsKey(key)) {
                        throw new InputException(file + ", line " + keyLine + ": key '" + key + "' appears twice"
                                + "\n  What to do: keep one of them.");
                    }
                    m.put(key, new Node(v.value(), keyLine));
                }
                return new Node(m, line);
            }
            case START_ARRAY -> {
                List<Node> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) l.add(read(p, file));
                return new Node(l, line);
            }
            case VALUE_STRING -> {
                return new Node(p.getText(), line);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(p.getNumberValue(), line);
            }
            case VALUE_TRUE -> {
                return new Node(Boolean.TRUE, line);
            }
            case VALUE_FALSE -> {
                return new Node(Boolean.FALSE, line);
            }
            case VALUE_NULL -> {
                return new Node(null, line);
            }
            default -> throw new InputException(file + ", line " + line + ": unexpected YAML content (" + t + ")");
        }
    }

    static int line(JsonLocation loc) {
        return loc == null ? -1 : loc.getLineNr();
    }
}
