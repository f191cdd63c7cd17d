package org.framelab.cli;

import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** Field mapping and format options shared by every command that reads a corpus (a picocli mixin). */
public class CorpusOptions {
    @Option(names = "--id-field", paramLabel = "FIELD", description = "Field with a unique id (default: auto-detect; ids are assigned as FILE:ROW when absent).")
    String idField;

    @Option(names = "--text-field", paramLabel = "FIELD", description = "Field with the text (default: auto-detect text/content/body/sentence...).")
    String textField;

    @Option(names = "--title-field", paramLabel = "FIELD", description = "Field with the title/headline (default: auto-detect).")
    String titleField;

    @Option(names = "--label-field", paramLabel = "FIELD", split = ",", description = "Label field(s), repeatable or comma-separated (default: auto-detect bias/label/leaning...).")
    List<String> labelFields = new ArrayList<>();

    @Option(names = "--outlet-field", paramLabel = "FIELD", description = "Field with the outlet/source (default: auto-detect source/outlet/publisher...).")
    String outletField;

    @Option(names = "--date-field", paramLabel = "FIELD", description = "Field with the publication date (default: auto-detect).")
    String dateField;

    @Option(names = "--date-format", paramLabel = "ORDER|PATTERN", description = "How the date field's values are read: dmy (05/03/2024 = 5 March), "
            + "mdy (= May 3), ymd, or a pattern such as dd.MM.yyyy (default: slash dates month-first; a day-first value such as 13/01/2024 stops the read).")
    String dateFormat;

    @Option(names = "--item-field", paramLabel = "FIELD", description = "Judgement-level data: field identifying the coded item (rows with the same value are one article).")
    String itemField;

    @Option(names = "--annotator-field", paramLabel = "FIELD", description = "Judgement-level data: field with the annotator/coder id.")
    String annotatorField;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Text encoding, e.g. windows-1252 (default: UTF-8, or UTF-16 by its BOM).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR", description = "CSV delimiter: a character, or 'tab' (default: detect).")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME|N", description = "Excel sheet by name or 1-based number (default: the first).")
    String sheet;

    @Option(names = "--skip-bad", description = "Skip bad rows (they are counted and the first ones listed) instead of stopping at the first.")
    boolean skipBad;

    @Option(names = "--limit", paramLabel = "N", description = "Read at most N articles (default: all).")
    long limit;

    @Option(names = "--outlet-labels", paramLabel = "FILE", description = "Join labels per outlet from a table (CSV, TSV or .xlsx: an outlet column, then one "
            + "column per label field, e.g. outlet,leaning from a rating site); matched as written, then ignoring case and spacing, then by "
            + "name variant (Fox Online News = Fox News (Online)); unmatched outlets are counted and named (docs/corpus.md).")
    java.nio.file.Path outletLabels;

    public ReadOptions toReadOptions() {
        FieldMapping mapping = new FieldMapping(idField, textField, titleField, labelFields, outletField, dateField,
                itemField, annotatorField, dateFormat);
        return ReadOptions.parse(mapping, encoding, delimiter, sheet, skipBad, limit).withOutletLabels(outletLabels);
    }
}
