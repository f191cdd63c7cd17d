package org.framelab.gui;

import org.framelab.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code gui} command: usage, bad input, and the screenshot mode on the demo corpus. */
class GuiCommandTest {
    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheScreenshotOption() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run(out, err, "gui", "--help")).isZero();
        assertThat(out.toString()).contains("--screenshot").contains("xvfb-run");
    }

    @Test
    void missingCorpusIsBadInput() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        assertThat(run(out, err, "gui", dir.resolve("nope.jsonl").toString())).isEqualTo(3);
        assertThat(err.toString()).contains("nope.jsonl").contains("What to do").doesNotContain("Exception");
    }

    @Test
    void screenshotNeedsACorpus() {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int code = run(out, err, "gui", "--screenshot", dir.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--screenshot");
    }

    @Test
    void screenshotsOfEveryMainViewOnTheDemoCorpus() throws Exception {
        GuiTestSupport.requireDisplay();
        StringWriter out = new StringWriter(), err = new StringWriter();
        Path shots = dir.resolve("shots");
        int code = run(out, err, "gui", "--screenshot", shots.toString(), "datasets/demo/articles.jsonl");
        assertThat(code).as(err.toString()).isZero();
        List<Path> pngs;
        try (Stream<Path> s = Files.list(shots)) {
            pngs = s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
        assertThat(pngs).extracting(p -> p.getFileName().toString()).containsExactly("01-open-mapping.png", "02-overview.png",
                "03-articles.png", "04-features.png", "05-compare.png", "06-classify.png", "07-agreement.png", "08-export.png");
        for (Path p : pngs) {
            BufferedImage img = ImageIO.read(p.toFile());
            assertThat(img.getWidth()).isGreaterThanOrEqualTo(900);
            // not a blank image: many distinct colours
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) for (int x = 0; x < img.getWidth(); x += 7) colours.add(img.getRGB(x, y));
            assertThat(colours.size()).as(p.toString()).isGreaterThan(20);
        }
        assertThat(out.toString()).contains("02-overview.png");
    }
}
