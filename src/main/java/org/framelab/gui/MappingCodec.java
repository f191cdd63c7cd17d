package org.framelab.gui;

import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stores the read options chosen for a file in the settings as one line
 * ({@code text=content;title=title;labels=bias,topic;...}), so reopening a recent file offers
 * the same mapping. Unknown or broken entries decode to null (the dialog then auto-detects).
 */
final class MappingCodec {
    private MappingCodec() {}

    static String encode(ReadOptions o) {
        FieldMapping m = o.mapping();
        Map<String, String> kv = new LinkedHashMap<>();
        put(kv, "id", m.idField());
        put(kv, "text", m.textField());
        put(kv, "title", m.titleField());
        if (!m.labelFields().isEmpty()) kv.put("labels", String.join(",", m.labelFields()));
        put(kv, "outlet", m.outletField());
        put(kv, "date", m.dateField());
        put(kv, "item", m.itemField());
        put(kv, "annotator", m.annotatorField());
        put(kv, "dateFormat", m.dateFormat());
        if (o.encoding() != null) kv.put("encoding", o.encoding().name());
        if (o.delimiter() != null) kv.put("delimiter", Integer.toString(o.delimiter()));
        put(kv, "sheet", o.sheet());
        if (o.skipBad()) kv.put("skipBad", "true");
        if (o.outletLabels() != null) kv.put("outletLabels", o.outletLabels().toAbsolutePath().normalize().toString());
        StringBuilder sb = new StringBuilder();
        kv.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ";").append(k).append('=').append(v.replace(";", "\\u003b")));
        return sb.toString();
    }

    private static void put(Map<String, String> kv, String k, String v) {
        if (v != null) kv.put(k, v);
    }

    static ReadOptions decode(String s) {
        try {
            Map<String, String> kv = new LinkedHashMap<>();
            for (String part : s.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0) kv.put(part.substring(0, eq), part.substring(eq + 1).replace("\\u003b", ";"));
            }
            List<String> labels = kv.containsKey("labels") ? new ArrayList<>(Arrays.asList(kv.get("labels").split(","))) : List.of();
            FieldMapping m = new FieldMapping(kv.get("id"), kv.get("text"), kv.get("title"), labels, kv.get("outlet"),
                    kv.get("date"), kv.get("item"), kv.get("annotator"), kv.get("dateFormat"));
            Charset cs = kv.containsKey("encoding") ? Charset.forName(kv.get("encoding")) : null;
            Character d = kv.containsKey("delimiter") ? (char) Integer.parseInt(kv.get("delimiter")) : null;
            return new ReadOptions(m, cs, d, kv.get("sheet"), Boolean.parseBoolean(kv.get("skipBad")), 0)
                    .withOutletLabels(kv.containsKey("outletLabels") ? java.nio.file.Path.of(kv.get("outletLabels")) : null);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
