package org.framelab.study;

import org.framelab.corpus.CorpusException;
import org.framelab.util.InputException;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mistake found while a study file runs (a field the corpus does not have), said in the study file's
 * terms: the file, the key and its line, instead of the command-line option the same check names for
 * {@code report} ({@code --label-field}, {@code --group-by}).
 */
final class StudyErrors {
    private StudyErrors() {}

    private static final Pattern NO_GROUP_VALUE = Pattern.compile("No article has a value for the group field '([^']*)'");
    private static final Pattern AVAILABLE = Pattern.compile("available fields: ([^\\n]*)");

    /** {@code e} in the study file's terms, or null when it is not about a key of the study. */
    static InputException inStudyTerms(Study study, Path studyFile, InputException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof CorpusException ce && ce.field() != null && msg.contains("the field given with --label-field")) {
            String f = ce.field();
            String key = keyNaming(study, f);
            if (key == null) return null;
            Matcher m = AVAILABLE.matcher(msg);
            return at(studyFile, key, "'" + key + "' names the field '" + f + "', which " + study.corpus().path().getFileName()
                    + " does not have" + (m.find() ? "; available fields: " + m.group(1) : ""),
                    "use one of the available field names (names are case-sensitive)", e);
        }
        if (e instanceof CorpusException ce && msg.contains(": no sheet '") && study.corpus().sheet() != null) {
            int from = msg.indexOf(": no sheet '") + 2, hint = msg.indexOf("\n  What to do: ");
            return at(studyFile, "corpus.sheet", "'corpus.sheet' is '" + study.corpus().sheet() + "', but " + ce.file() + " has "
                    + msg.substring(from, hint < 0 ? msg.length() : hint).replaceFirst("^no sheet '[^']*'; sheets: ", "the sheets "),
                    "give one of those sheet names (or its 1-based number)", e);
        }
        if (e instanceof CorpusException ce && ce.field() != null && msg.contains("no judgements of this field were found")
                && study.analysis().agreementFields().contains(ce.field())) {
            int hint = msg.indexOf("coded fields found: ");
            return at(studyFile, "analysis.agreement_fields", "'analysis.agreement_fields' names the field '" + ce.field()
                    + "', of which " + study.corpus().path().getFileName() + " has no judgements"
                    + (hint < 0 ? "" : "; " + msg.substring(hint).strip()),
                    "name coded fields of the judgements (names are case-sensitive)", e);
        }
        if (e instanceof CorpusException ce && ce.field() != null && msg.contains("a level of measurement or an order is given for this field")) {
            String f = ce.field();
            String key = "analysis." + (study.analysis().agreementPerField().levels().containsKey(f) ? "agreement_level" : "agreement_order") + "." + f;
            int hint = msg.indexOf("\n  What to do: ");
            return at(studyFile, key, "'" + key + "' names the field '" + f + "', whose agreement is not measured: "
                    + study.corpus().path().getFileName() + " has no judgements of it, or it is not among the coded fields measured",
                    hint < 0 ? "name a measured field (names are case-sensitive)" : msg.substring(hint + "\n  What to do: ".length()).replaceFirst("\\.$", ""), e);
        }
        Matcher g = NO_GROUP_VALUE.matcher(msg);
        if (g.find()) {
            String f = g.group(1);
            String key = study.classifier() != null && f.equals(study.classifier().groupField()) ? "classifier.group_field" : keyNaming(study, f);
            if (key == null) return null;
            return at(studyFile, key, "'" + key + "' is '" + f + "', but no article of " + study.corpus().path().getFileName() + " has a value for it",
                    "give a field the articles have (e.g. outlet, or a field of corpus.mapping), or map the outlet column with corpus.mapping.outlet", e);
        }
        return null;
    }

    /** A setting naming a field or values the data does not have ({@code analysis.cluster_by}, {@code analysis.groups}), at its key's line. */
    static InputException field(Path studyFile, String key, org.framelab.util.NotInDataException e) {
        String hint = e instanceof org.framelab.util.FieldNotInDataException
                ? "give one of the fields found (names are case-sensitive), or map the column in corpus.mapping"
                : e.whatToDo().replaceFirst("\\.$", "");
        return at(studyFile, key, e.messageFor(key), hint, new InputException(e.getMessage(), e));
    }

    /**
     * {@code e} in {@code report}'s terms (a study built from its options, no file), or null: the report reads its
     * {@code --group-by} and {@code --label} fields as label fields of the corpus, so the reader's "field given with
     * --label-field" is said with the option the user gave (a field the user gave with --label-field keeps the message).
     */
    static InputException inReportTerms(Study study, InputException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        String said = "the field given with --label-field (study file: corpus.mapping.labels)";
        if (!(e instanceof CorpusException ce) || ce.field() == null || !msg.contains(said)) return null;
        String f = ce.field(), label = study.classifier() == null ? null : study.classifier().label();
        if (study.corpus().labels().contains(f) && !f.equals(label)) return null;
        String option = study.analysis().groupBy().contains(f) ? "--group-by" : f.equals(label) ? "--label" : null;
        if (option == null) return null;
        String problem = msg.substring(msg.indexOf(said)).replace(said, "the field given with " + option);
        int hint = problem.indexOf("\n  What to do: ");
        return new CorpusException(ce.file(), -1, f, hint < 0 ? problem : problem.substring(0, hint),
                hint < 0 ? "use one of the available field names (names are case-sensitive)" : problem.substring(hint + "\n  What to do: ".length()), e);
    }

    /** The study key whose value names field {@code f}, or null. */
    private static String keyNaming(Study study, String f) {
        if (study.classifier() != null && f.equals(study.classifier().label())) return "classifier.label";
        if (study.analysis().groupBy().contains(f)) return "analysis.group_by";
        if (study.corpus().labels().contains(f)) return "corpus.mapping.labels";
        return null;
    }

    private static InputException at(Path studyFile, String key, String problem, String hint, InputException cause) {
        int line = StudyFile.lineOf(studyFile, key);
        return new InputException(studyFile + (line > 0 ? ", line " + line : "") + ": " + problem
                + "\n  What to do: " + hint + ".", cause);
    }
}
