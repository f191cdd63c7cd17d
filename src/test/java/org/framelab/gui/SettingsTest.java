package org.framelab.gui;

import org.framelab.corpus.FieldMapping;
import org.framelab.corpus.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Remembered state: settings file round trip, recent files, mapping per file. No display needed. */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void valuesAndRecentFilesSurviveARestart() throws Exception {
        Path a = Files.writeString(dir.resolve("a.csv"), "text\nx\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"), "{}\n");
        Settings s = Settings.load(dir);
        s.put("theme", "dark");
        s.put("window.width", 1234);
        s.addRecent(a);
        s.addRecent(b);
        s.addRecent(a); // moves to the front, no duplicate
        s.save();

        Settings t = Settings.load(dir);
        assertThat(t.get("theme", "light")).isEqualTo("dark");
        assertThat(t.getInt("window.width", 0)).isEqualTo(1234);
        assertThat(t.recentFiles()).containsExactly(a.toAbsolutePath(), b.toAbsolutePath());
        assertThat(Files.readString(t.file(), StandardCharsets.UTF_8)).doesNotContain("\n#2"); // no date comment
    }

    @Test
    void recentFilesThatVanishedAreDropped() throws Exception {
        Path a = Files.writeString(dir.resolve("gone.csv"), "text\n");
        Settings s = Settings.load(dir);
        s.addRecent(a);
        Files.delete(a);
        assertThat(s.recentFiles()).isEmpty();
    }

    @Test
    void brokenSettingsFileIsIgnored() throws Exception {
        Files.write(dir.resolve("gui.properties"), new byte[]{'a', '=', '\\', 'u', 'Z', 'Z'});
        Settings s = Settings.load(dir);
        assertThat(s.get("a", "default")).isEqualTo("default");
        assertThat(s.getInt("missing", 7)).isEqualTo(7);
    }

    @Test
    void mappingRoundTrips() {
        ReadOptions o = new ReadOptions(new FieldMapping(null, "content", "title", List.of("bias", "topic"), "source", "date", null, null),
                java.nio.charset.Charset.forName("windows-1252"), ';', null, true, 0);
        ReadOptions back = MappingCodec.decode(MappingCodec.encode(o));
        assertThat(back).isEqualTo(o);
        assertThat(MappingCodec.decode("labels=;;==")).isNotNull();
        assertThat(MappingCodec.decode("encoding=no-such-charset")).isNull();
    }

    @Test
    void numbersFormatIndependentOfLocale() {
        assertThat(Format.number(12345)).isEqualTo("12,345");
        assertThat(Format.number(0.12345)).isEqualTo("0.123");
        assertThat(Format.pvalue(0.0001)).isEqualTo("< 0.001");
        assertThat(Format.number(Double.NaN)).isEqualTo("–");
    }
}
