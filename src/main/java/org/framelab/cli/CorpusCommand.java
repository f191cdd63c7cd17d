package org.framelab.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.CorpusSummary;
import org.framelab.text.DuplicateClusters;
import org.framelab.text.LinkCards;
import org.framelab.text.PageFurniture;
import org.framelab.text.VideoBoxes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code framelab corpus ...}: corpus inspection commands. */
@Command(name = "corpus", description = "Inspect a corpus.", mixinStandardHelpOptions = true,
        subcommands = {CorpusCommand.Info.class})
public final class CorpusCommand extends CommandGroup {
    @Command(name = "info", mixinStandardHelpOptions = true,
            description = {"Summarise a corpus: documents, labels, outlets, dates, text lengths, duplicates (exact, and clusters of "
                    + "near duplicates: Jaccard >= 0.8 of word shingles of title and text), inline link cards and video boxes (docs/features.md), judgements, skipped rows.",
                    "PATH: .jsonl/.jsonl.gz, .csv/.tsv, .xlsx, a folder of .json files or of .txt files."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:success", "1:internal error", "2:bad usage", "3:bad input data", "4:not enough memory"})
    public static final class Info implements Callable<Integer> {
        @CommandLine.Mixin
        InputArgs input;

        @Option(names = "--json", description = "Print one JSON object (stable field names, see docs/corpus.md).")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Corpus c = Corpora.read(input.path, input.corpus.toReadOptions(), new ConsoleProgress(input.err()));
            CorpusSummary s = CorpusSummary.of(c);
            DuplicateClusters d = DuplicateClusters.of(c.articles());
            LinkCards.Found cards = LinkCards.count(c.articles());
            VideoBoxes.Found boxes = VideoBoxes.count(c.articles());
            PageFurniture.Found furniture = PageFurniture.count(c.articles());
            org.framelab.text.HtmlMarkup.Found markup = org.framelab.text.HtmlMarkup.count(c.articles());
            if (json) {
                ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
                com.fasterxml.jackson.databind.node.ObjectNode tree = m.valueToTree(s);
                tree.set("duplicateClusters", m.valueToTree(d));
                tree.set("linkCards", m.valueToTree(cards));
                tree.set("videoBoxes", m.valueToTree(boxes));
                tree.set("pageFurniture", m.valueToTree(furniture));
                tree.set("htmlMarkup", m.valueToTree(markup));
                input.out().println(m.writeValueAsString(tree));
            } else {
                input.out().print(s.toText());
                input.out().print(d.toText());
                input.out().print(cards.toText());
                input.out().print(boxes.toText());
                input.out().print(furniture.toText());
                input.out().print(markup.toText());
            }
            input.out().flush();
            return ExitCodes.OK;
        }
    }
}
