package org.framelab.study;

import org.framelab.app.AgreementLevels;
import org.framelab.stats.MeasurementLevel;
import org.framelab.study.YamlTree.Node;
import org.framelab.util.InputException;
import org.framelab.util.OptionException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agreement keys of a study's {@code analysis} section, read with the line of every value so a mistake names
 * its key and line:
 * <pre>
 * agreement_fields: [frame, tone]
 * agreement_level: {frame: nominal, tone: ordinal}     # or one level for every field: ordinal
 * agreement_order: {opinion: [factual, mixed, opinionated]}   # ordinal fields with word categories
 * </pre>
 */
final class StudyAgreement {
    private StudyAgreement() {}

    /** What {@code agreement_level} and {@code agreement_order} say. */
    record Read(String level, AgreementLevels perField) {}

    static Read read(StudyFile.Sec a) throws InputException {
        Node levelNode = a.node(AgreementLevels.LEVEL_KEY);
        String level = null;
        Map<String, MeasurementLevel> levels = new LinkedHashMap<>();
        if (levelNode != null && levelNode.isMap()) {
            for (Map.Entry<String, Node> e : levelNode.map().entrySet()) levels.put(e.getKey(), level(a, e.getKey(), e.getValue()));
        } else {
            level = a.str(AgreementLevels.LEVEL_KEY);
            if (level != null && !level.isBlank()) level(a, null, levelNode);
        }
        MeasurementLevel all = level == null || level.isBlank() ? MeasurementLevel.NOMINAL : MeasurementLevel.parse(level);
        Map<String, List<String>> orders = new LinkedHashMap<>();
        Node orderNode = a.node(AgreementLevels.ORDER_KEY);
        if (orderNode != null && !orderNode.isNull()) {
            if (!orderNode.isMap()) {
                throw a.err(orderNode.line(), "'" + key(a, AgreementLevels.ORDER_KEY) + "' must map each ordinal field to its categories,"
                        + " lowest first, e.g. 'opinion: [factual, mixed, opinionated]'", null);
            }
            for (Map.Entry<String, Node> e : orderNode.map().entrySet()) {
                String k = key(a, AgreementLevels.ORDER_KEY + "." + e.getKey());
                Node v = e.getValue();
                if (!v.isList() || v.list().isEmpty()) throw a.err(v.line(), "'" + k + "' must list the categories, lowest first, e.g. [low, mid, high]", null);
                List<String> cats = new ArrayList<>();
                for (Node x : v.list()) {
                    if (x.isMap() || x.isList() || x.isNull()) throw a.err(x.line(), "'" + k + "' must list plain values", null);
                    cats.add(String.valueOf(x.value()).trim());
                }
                if (cats.stream().distinct().count() != cats.size()) throw a.err(v.line(), "'" + k + "' names a category twice: " + cats, null);
                MeasurementLevel l = levels.getOrDefault(e.getKey(), all);
                if (l != MeasurementLevel.ORDINAL) {
                    throw a.err(v.line(), "'" + k + "' gives an order, but '" + e.getKey() + "' is " + l.label()
                            + " (an order is only used for an ordinal field)", "set '" + key(a, AgreementLevels.LEVEL_KEY) + "' of '"
                            + e.getKey() + "' to ordinal, or remove the order");
                }
                orders.put(e.getKey(), cats);
            }
        }
        List<String> fields = a.strList("agreement_fields");
        if (!fields.isEmpty()) {
            for (String[] named : new String[][]{levels.keySet().toArray(String[]::new), orders.keySet().toArray(String[]::new)}) {
                for (String f : named) {
                    if (fields.contains(f)) continue;
                    String which = levels.containsKey(f) ? AgreementLevels.LEVEL_KEY : AgreementLevels.ORDER_KEY;
                    Node n = a.node(which).map().get(f);
                    throw a.err(n.line(), "'" + key(a, which + "." + f) + "' names the field '" + f + "', which is not in '"
                            + key(a, "agreement_fields") + "' (" + String.join(", ", fields) + ")",
                            "name a field of agreement_fields (names are case-sensitive), or add it there");
                }
            }
        }
        return new Read(level, new AgreementLevels(levels, orders));
    }

    private static MeasurementLevel level(StudyFile.Sec a, String field, Node n) throws InputException {
        String k = key(a, AgreementLevels.LEVEL_KEY + (field == null ? "" : "." + field));
        if (n == null || n.isNull() || n.isMap() || n.isList()) {
            throw a.err(n == null ? -1 : n.line(), "'" + k + "' must be one level: nominal, ordinal or interval", null);
        }
        try {
            return MeasurementLevel.parse(String.valueOf(n.value()));
        } catch (OptionException e) {
            throw a.err(n.line(), "'" + k + "' is '" + n.value() + "', which is no level of measurement", "choose nominal, ordinal or interval");
        }
    }

    private static String key(StudyFile.Sec a, String k) {
        return a.prefix + k;
    }
}
