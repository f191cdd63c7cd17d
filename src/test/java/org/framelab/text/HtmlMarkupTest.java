package org.framelab.text;

import org.framelab.corpus.Article;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML left in scraped bodies (texts written for this test). */
class HtmlMarkupTest {
    private static final String PLAIN = "The council voted on Tuesday\n"
            + "Officials said the bridge would reopen. \"It is safe,\" the mayor told reporters.\n"
            + "Critics called the plan a \"disaster\".";
    private static final String HTML = "<div class=\"article-body\"><script type=\"text/javascript\">var ad = 1; if (a < b) { x = \"<p>\"; }</script>"
            + "<h2>The council voted on Tuesday</h2><!-- ad slot --><p>Officials said the <a href=\"https://example.org/a?b=1&c=2\" "
            + "title=\"x > y\">bridge</a> would reopen. \"It is <em>safe</em>,\" the mayor told reporters.</p>"
            + "<p>Critics called the plan a \"disaster\".<br/></p></div>";

    private static List<String> words(TokenizedText t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) out.add(t.surface(i) + "@" + t.sentenceOf(i));
        return out;
    }

    @Test
    void markupReadsLikeThePlainTextWithItsParagraphs() {
        TokenizedText html = Tokenizer.DEFAULT.tokenize(HTML);
        TokenizedText plain = Tokenizer.DEFAULT.tokenize(PLAIN);
        // the same words in the same sentences: the script's code is gone, <h2> and <p> end sentences as line breaks do
        assertThat(words(html)).isEqualTo(words(plain));
        assertThat(html.text()).hasSameSizeAs(HTML); // offsets into the text do not move
        int bridge = HTML.indexOf("bridge</a>");
        assertThat(html.text().substring(bridge, bridge + 6)).isEqualTo("bridge");
    }

    @Test
    void onlyTagsOfHtmlElementsAreMarkup() {
        String prose = "If a < b and c > d, the <sic> note and <Reuters> stay; 3<4.";
        assertThat(HtmlMarkup.ranges(prose)).isEmpty();
        assertThat(Tokenizer.DEFAULT.tokenize(prose).text()).isEqualTo(prose);
        // a tag that never closes before the next '<' is not markup either
        assertThat(HtmlMarkup.ranges("see <a href=\"x\" <http://x>> here")).isEmpty();
    }

    @Test
    void blockTagsAreFlaggedAndInlineTagsAreNot() {
        String t = "<p>One <b>two</b></p>";
        int[] r = HtmlMarkup.ranges(t);
        assertThat(HtmlMarkup.plain(r)).containsExactly(0, 3, 7, 10, 13, 17, 17, 21);
        assertThat(r[0] & HtmlMarkup.BLOCK).isNotZero();
        assertThat(r[2] & HtmlMarkup.BLOCK).isZero();
        char[] c = t.toCharArray();
        HtmlMarkup.blankIn(c, r);
        assertThat(new String(c)).isEqualTo("\n\u2002\u2002One \u2002\u2002\u2002two\u2002\u2002\u2002\u2002\n\u2002\u2002\u2002");
    }

    @Test
    void corpusInfoCountsTheMarkup() {
        List<Article> articles = List.of(Article.of("a", HTML),
                Article.of("b", PLAIN));
        HtmlMarkup.Found f = HtmlMarkup.count(articles);
        assertThat(f.articles()).isEqualTo(1);
        assertThat(f.pieces()).isEqualTo(15); // div, script element, h2 x2, comment, p, a x2, em x2, p, p, br, p, div
        assertThat(f.toText()).startsWith("HTML markup (tags, comments, scripts and styles");
    }
}
