package org.framelab.cli;

import org.framelab.corpus.Article;
import org.framelab.corpus.ArticleStream;
import org.framelab.corpus.Corpora;
import org.framelab.corpus.Corpus;
import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.Provenance;
import org.framelab.corpus.SpanAnnotations;
import org.framelab.features.ArticleFeatures;
import org.framelab.features.Explanation;
import org.framelab.features.FeatureOptions;
import org.framelab.features.FeatureSets;
import org.framelab.app.FeatureStep;
import org.framelab.util.OptionException;
import org.framelab.util.Progress;
import org.framelab.features.FittedFeatures;
import org.framelab.util.AtomicFiles;
import org.framelab.util.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code framelab explain PATH --id ID}: one article with every piece of evidence behind its features. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Show one article with every feature hit: attribution verbs (with their speaker), quotes, scare quotes, "
                + "distancing markers, stance markers, subjective words, actor mentions.",
                "Prints the text with each hit in [brackets] and numbered, then the list of hits; --json prints the hits as "
                        + "JSON (family, feature, category, text, begin, end, speaker); --html writes a standalone page with "
                        + "colour-coded highlights and a legend. N-grams give no evidence spans and are left out.",
                "Human span annotations (--spans FILE, --span-words FIELD, or a biased_words field of the corpus) are listed "
                        + "after the hits, each with the hits that overlap it or 'missed', and shown as their own layer in the HTML page."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error", "2:bad usage", "3:bad input data (also: no article with that id)", "4:not enough memory"})
public final class ExplainCommand implements Callable<Integer> {
    @CommandLine.Mixin
    InputArgs input;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "Id of the article to explain.")
    String id;

    @Option(names = "--json", description = "Print the hits as JSON instead of text.")
    boolean json;

    @WritesTo
    @Option(names = "--html", paramLabel = "FILE", description = "Also write a standalone HTML page with highlights and a legend.")
    Path html;

    @CommandLine.Mixin
    FeatureCliOptions featureOptions;

    @CommandLine.Mixin
    SpanCliOptions spanOptions;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = input.out();
        FeatureOptions options = featureOptions.toFeatureOptions();
        List<String> fams = new ArrayList<>();
        for (String part : options.families().get(0).split("[+,\\s]+")) {
            String p = part.strip().toLowerCase(java.util.Locale.ROOT);
            if (p.isEmpty() || p.equals("ngrams") || p.equals("ngram")) continue;
            fams.add(p.equals("all") ? "framing" : p);
        }
        if (fams.isEmpty()) throw new OptionException("families", options.families().get(0), "n-grams have no evidence spans; choose framing families");
        FittedFeatures f = FeatureStep.fit(List.of(), FeatureSets.optionsFor(String.join("+", fams), options), Progress.NONE).features();
        Article article = withSpans(find());
        ArticleFeatures af = f.analyze(article);
        if (json) out.print(Explanation.json(article, af.hits(), af.values(), f.columns()));
        else out.print(Explanation.text(article, af.hits()) + Explanation.spans(article, af.hits())
                + Explanation.undefined(af.values(), f.columns()));
        if (html != null) {
            AtomicFiles.writeString(html, Explanation.html(article, af, f.columns()));
            if (!json) out.println("HTML written to " + html);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The article with its span annotations: those of --spans/--span-words, or of a detected word-list
     * field (biased_words) when neither option is given; unchanged when there are none.
     */
    private Article withSpans(Article a) throws InputException {
        SpanAnnotations.Source src = spanOptions.source().orDetected(List.of(a));
        if (src.isEmpty()) return a;
        Corpus one = new Corpus(List.of(a), new Provenance(List.of(input.path.toString()), "", FieldMapping.auto(), 1, 0, List.of()));
        return SpanAnnotations.attach(one, src).corpus().articles().get(0);
    }

    /**
     * The article with the id, read with the checks of every other command ({@link Corpora#openUnique}): the corpus is
     * read to its end, so a repeated id (of this article or another) is an error, or with --skip-bad the later row is skipped.
     */
    private Article find() throws InputException {
        List<String> first = new ArrayList<>();
        long n = 0;
        String skipped = "";
        Article found = null;
        try (ArticleStream s = Corpora.openUnique(input.path, input.corpus.toReadOptions())) {
            while (s.hasNext()) {
                Article a = s.nextArticle();
                if (found == null && a.id().equals(id)) found = a;
                if (first.size() < 5) first.add(a.id());
                n++;
            }
            if (found != null) return found;
            var p = s.provenance();
            if (p.rowsSkipped() > 0) {
                // the article may be on a row --skip-bad left out: say so
                skipped = String.format(java.util.Locale.ROOT, "; %,d row(s) were skipped as bad (--skip-bad), first: %s",
                        p.rowsSkipped(), p.skippedSample().isEmpty() ? "?" : p.skippedSample().get(0));
            }
        }
        throw new InputException(input.path + ": no article with id '" + id + "' among " + n + " articles"
                + (first.isEmpty() ? "" : " (the first ids are " + String.join(", ", first) + ")") + skipped
                + "\n  What to do: check the id (see `framelab corpus info`), or choose the id field with --id-field.");
    }
}
