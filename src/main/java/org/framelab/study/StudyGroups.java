package org.framelab.study;

import org.framelab.study.YamlTree.Node;
import org.framelab.util.InputException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The study key {@code analysis.groups}: the groups a comparison tests. A list applies to the one field of
 * {@code analysis.group_by} ({@code groups: [Fox News, Reuters]}); with several fields, a mapping names the field
 * ({@code groups: {outlet: [Fox News, Reuters]}}). Mistakes name the key and its line.
 */
final class StudyGroups {
    private StudyGroups() {}

    /** The groups per field of section {@code a} (the analysis), given its {@code group_by} fields. */
    static Map<String, List<String>> parse(StudyFile.Sec a, List<String> groupBy) throws InputException {
        Node n = a.node("groups");
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (n == null || n.isNull()) return out;
        if (!n.isMap()) {
            List<String> values = a.strList("groups");
            if (groupBy.size() != 1) {
                throw a.err(n.line(), "'analysis.groups' lists values, but analysis.group_by has " + (groupBy.isEmpty() ? "no field"
                        : groupBy.size() + " fields (" + String.join(", ", groupBy) + ")"),
                        "give the field too, e.g. 'groups: {" + (groupBy.isEmpty() ? "outlet" : groupBy.get(0)) + ": [A, B]}'");
            }
            out.put(groupBy.get(0), values);
            return out;
        }
        StudyFile.Sec m = new StudyFile.Sec(a.file, a.prefix + "groups.", n, a.base);
        for (Map.Entry<String, Node> e : n.map().entrySet()) {
            if (!groupBy.contains(e.getKey())) {
                throw a.err(e.getValue().line(), "'analysis.groups." + e.getKey() + "': " + e.getKey() + " is not a field of analysis.group_by ("
                        + String.join(", ", groupBy) + ")", "name a field of group_by, e.g. 'groups: {" + (groupBy.isEmpty() ? "outlet"
                        : groupBy.get(0)) + ": [A, B]}'");
            }
            out.put(e.getKey(), m.strList(e.getKey()));
        }
        return out;
    }
}
