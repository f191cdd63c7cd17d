package org.framelab.lexicon;

import org.framelab.util.InputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads lexicons in the formats researchers already have, chosen by file extension:
 * <ul>
 *   <li>{@code .dic}: LIWC dictionary — a {@code %}-delimited header of {@code id name} category lines,
 *       then {@code term id id ...} lines; {@code *} wildcards and multi-word terms; tolerant of
 *       duplicate category lines, stray tabs and blank lines, and of the LIWC2007 "{@code (02 134)125/464}"
 *       entries (all category numbers outside the parentheses count);</li>
 *   <li>{@code .tff}: MPQA subjectivity clues ({@code type=strongsubj len=1 word1=abandon stemmed1=y
 *       priorpolarity=negative}): each clue gets its {@code type} and its polarity as categories
 *       ({@code strongsubj}/{@code weaksubj}, {@code positive}/{@code negative}/{@code neutral}/{@code both});
 *       {@code stemmed1=y} makes the word a prefix;</li>
 *   <li>{@code .csv}: {@code term,category} rows (optional header {@code term,category}, {@code #} comments);</li>
 *   <li>anything else: a plain list, one term per line, {@code #} comments; the category is the file
 *       name without extension;</li>
 *   <li>a folder: every plain-list file in it ({@code README*} skipped), one category per file.</li>
 * </ul>
 * A bad line raises an {@link InputException} naming the file and line and what to do.
 */
public final class Lexicons {
    /** Longest word of a lexicon term (characters). */
    static final int MAX_WORD = 100;

    private Lexicons() {}

    /** Loads a lexicon named after the file (without extension). */
    public static Lexicon load(Path path) throws InputException {
        return load(stem(path), path);
    }

    public static Lexicon load(String name, Path path) throws InputException {
        if (!Files.exists(path)) {
            throw new InputException(path + ": lexicon file not found\n  What to do: check the path given to --lexicon.");
        }
        Lexicon.Builder b = Lexicon.builder(name);
        if (Files.isDirectory(path)) {
            List<Path> files;
            try (Stream<Path> s = Files.list(path)) {
                files = s.filter(Files::isRegularFile)
                        .filter(p -> !p.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                        .filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                throw new InputException(path + ": cannot list the lexicon folder: " + e.getMessage(), e);
            }
            if (files.isEmpty()) throw new InputException(path + ": the lexicon folder holds no files");
            for (Path f : files) readInto(b, f);
        } else {
            readInto(b, path);
        }
        if (b.isEmpty()) {
            throw new InputException(path + ": the lexicon holds no terms\n  What to do: give one term per line "
                    + "(plain list), term,category rows (.csv), a LIWC .dic or an MPQA .tff file.");
        }
        return b.build();
    }

    /** Loads a lexicon from a class-path resource (the default lexicons shipped with FrameLab). */
    public static Lexicon resource(String name, String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            Lexicon.Builder b = Lexicon.builder(name);
            List<String> lines = decode(in.readAllBytes()).lines().toList();
            parse(b, resource, lines, resource.endsWith(".csv") ? "csv" : "txt", name);
            return b.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InputException e) {
            throw new IllegalStateException("broken built-in lexicon: " + e.getMessage(), e);
        }
    }

    /**
     * The rows of a built-in {@code term,category} resource ({@link #resourceLines}; a header row
     * {@code term,...} is skipped): {@code row} gets each term and its category, split at the last
     * comma and stripped, in file order.
     */
    public static void resourceRows(String resource, java.util.function.BiConsumer<String, String> row) {
        for (String line : resourceLines(resource)) {
            int comma = line.lastIndexOf(',');
            String term = line.substring(0, comma).strip();
            if (!term.equals("term")) row.accept(term, line.substring(comma + 1).strip());
        }
    }

    /** Lines of a class-path resource without comments and blanks (for built-in word lists). */
    public static List<String> resourceLines(String resource) {
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            for (String line : decode(in.readAllBytes()).split("\\R")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void readInto(Lexicon.Builder b, Path file) throws InputException {
        List<String> lines;
        try {
            lines = decode(Files.readAllBytes(file)).lines().toList();
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the lexicon: " + e.getMessage(), e);
        }
        String ext = extension(file);
        parse(b, file.toString(), lines, ext, stem(file));
    }

    private static void parse(Lexicon.Builder b, String file, List<String> lines, String ext, String stem)
            throws InputException {
        switch (ext) {
            case "dic" -> parseLiwc(b, file, lines);
            case "tff" -> parseMpqa(b, file, lines);
            case "csv" -> parseCsv(b, file, lines);
            default -> parsePlain(b, file, lines, stem);
        }
    }

    private static void parsePlain(Lexicon.Builder b, String file, List<String> lines, String category)
            throws InputException {
        b.category(category);
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (s.indexOf(',') >= 0) throw commaInPlainList(file, i + 1, s);
            addTerm(b, file, i + 1, s, category);
        }
    }

    /**
     * A plain-list line with a comma: a term with a comma never matches (the text's words carry no punctuation), and
     * {@code alien,loaded} is most likely a term,category row (a learned lexicon saved as .txt) that only a .csv is read as.
     */
    private static InputException commaInPlainList(String file, int line, String s) {
        String[] parts = s.split(",", -1);
        String csv = stem(Path.of(file)) + ".csv";
        boolean pair = parts.length == 2 && !parts[0].isBlank() && !parts[1].isBlank();
        String problem = pair
                ? "'" + abbreviate(s) + "' looks like a term,category row, but this file is read as a plain word list (one term per line; "
                        + "term,category rows are read from a .csv file only), where the whole line would be one term that never matches"
                : "'" + abbreviate(s) + "' holds a comma: in a plain word list (one term per line) the whole line is one term, "
                        + "and a term with a comma never matches";
        return bad(file, line, problem, "rename the file to " + csv + " to load term,category rows, or write one term per line without commas");
    }

    /** Whether {@code file} is loaded as {@code term,category} rows (its extension is {@code .csv}), as a learned lexicon must be. */
    public static boolean readsTermCategoryRows(Path file) {
        return extension(file).equals("csv");
    }

    private static void parseCsv(Lexicon.Builder b, String file, List<String> lines) throws InputException {
        boolean first = true;
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            List<String> fields = splitCsv(s, file, i + 1);
            if (first) {
                first = false;
                if (fields.size() >= 2 && fields.get(0).equalsIgnoreCase("term") && fields.get(1).equalsIgnoreCase("category")) {
                    continue;
                }
            }
            if (fields.size() != 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
                throw bad(file, i + 1, "expected two fields term,category but found " + fields.size()
                        + " (" + abbreviate(s) + ")", "write one term and one category per row, e.g. alleged,distancing");
            }
            addTerm(b, file, i + 1, fields.get(0).strip(), fields.get(1).strip());
        }
    }

    private static List<String> splitCsv(String s, String file, int line) throws InputException {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (quoted) {
                if (c == '"') {
                    if (k + 1 < s.length() && s.charAt(k + 1) == '"') { cur.append('"'); k++; }
                    else quoted = false;
                } else cur.append(c);
            } else if (c == '"' && cur.toString().isBlank()) {
                quoted = true;
                cur.setLength(0);
            } else if (c == ',' || c == ';' || c == '\t') {
                out.add(cur.toString());
                cur.setLength(0);
            } else cur.append(c);
        }
        if (quoted) throw bad(file, line, "a quoted field is not closed", "close the \" or remove it");
        out.add(cur.toString());
        return out;
    }

    private static void parseLiwc(Lexicon.Builder b, String file, List<String> lines) throws InputException {
        Map<String, String> ids = new HashMap<>();
        for (int i = parseLiwcHeader(b, file, lines, ids); i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.isEmpty()) parseLiwcEntry(b, file, i + 1, s, ids);
        }
    }

    /**
     * The % category header of a LIWC dictionary: the categories by id into {@code ids} and, in
     * order, into {@code b}; returns the index of the first line after the header.
     */
    private static int parseLiwcHeader(Lexicon.Builder b, String file, List<String> lines, Map<String, String> ids)
            throws InputException {
        int i = 0;
        while (i < lines.size() && lines.get(i).strip().isEmpty()) i++;
        if (i >= lines.size() || !lines.get(i).strip().equals("%")) {
            throw bad(file, i + 1, "a LIWC dictionary must start with a line holding only %",
                    "add the % category header (lines 'id<TAB>name' between two % lines)");
        }
        i++;
        boolean closed = false;
        for (; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty()) continue;
            if (s.equals("%")) { closed = true; i++; break; }
            String[] parts = s.split("\\s+", 2);
            if (parts.length < 2 || !parts[0].matches("\\d+")) {
                throw bad(file, i + 1, "expected a category line 'number name' in the % header but found '"
                        + abbreviate(s) + "'", "each header line is a number, a tab and the category name");
            }
            String id = categoryId(parts[0]);
            ids.putIfAbsent(id, parts[1].strip());   // a repeated id keeps its first name
            b.category(ids.get(id));
        }
        if (!closed) throw bad(file, i, "the % category header is never closed", "add a line holding only % after the categories");
        return i;
    }

    /** One LIWC entry {@code s} (line {@code line}): the term's words, then category numbers, maybe with (...) conditions. */
    private static void parseLiwcEntry(Lexicon.Builder b, String file, int line, String s, Map<String, String> ids)
            throws InputException {
        String[] toks = s.split("\\s+");
        List<String> words = new ArrayList<>();
        int k = 0;
        while (k < toks.length && !toks[k].isEmpty() && !Character.isDigit(toks[k].charAt(0)) && toks[k].charAt(0) != '(') {
            words.add(toks[k]);
            k++;
        }
        if (words.isEmpty()) {
            throw bad(file, line, "the entry has no term before its category numbers ('" + abbreviate(s) + "')",
                    "write the term first, then its category numbers");
        }
        List<String> cats = new ArrayList<>();
        boolean inParen = false;
        for (; k < toks.length; k++) {
            String tok = toks[k];
            if (tok.startsWith("(")) inParen = true;
            if (inParen) {
                int close = tok.indexOf(')');
                if (close < 0) continue;
                inParen = false;
                tok = tok.substring(close + 1);
                if (tok.isEmpty()) continue;
            }
            for (String num : tok.split("/")) {
                if (num.isEmpty()) continue;
                if (!num.matches("\\d+")) {
                    throw bad(file, line, "'" + num + "' is not a category number (entry '" + abbreviate(s) + "')",
                            "category references must be the numbers declared in the % header");
                }
                String name = ids.get(categoryId(num));
                if (name == null) {
                    throw bad(file, line, "category " + num + " is not declared in the % header",
                            "declare it in the header or remove it from the entry");
                }
                cats.add(name);
            }
        }
        if (cats.isEmpty()) {
            throw bad(file, line, "the entry '" + abbreviate(s) + "' has no category number",
                    "add the category numbers after the term, separated by tabs");
        }
        String term = String.join(" ", words);
        for (String c : cats) addTerm(b, file, line, term, c);
    }

    private static void parseMpqa(Lexicon.Builder b, String file, List<String> lines) throws InputException {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            Map<String, String> kv = new HashMap<>();
            for (String tok : s.split("\\s+")) {
                int eq = tok.indexOf('=');
                if (eq <= 0) {
                    throw bad(file, i + 1, "expected key=value pairs but found '" + abbreviate(tok) + "'",
                            "MPQA clue lines look like: type=weaksubj len=1 word1=abandon pos1=verb stemmed1=y priorpolarity=negative");
                }
                kv.putIfAbsent(tok.substring(0, eq), tok.substring(eq + 1));
            }
            String word = kv.get("word1");
            String type = kv.get("type");
            if (word == null || word.isEmpty() || type == null || type.isEmpty()) {
                throw bad(file, i + 1, "the clue has no " + (word == null || word.isEmpty() ? "word1" : "type") + " field",
                        "every MPQA clue needs type= and word1=");
            }
            String pol = polarity(kv.get("priorpolarity"));
            if (pol == null) pol = polarity(kv.get("polarity"));
            String term = "y".equalsIgnoreCase(kv.get("stemmed1")) ? word + "*" : word;
            addTerm(b, file, i + 1, term, type);
            if (pol != null) addTerm(b, file, i + 1, term, pol);
        }
    }

    /** A LIWC category number without leading zeros ("02" is category 2), of any length (never parsed into an int). */
    private static String categoryId(String digits) {
        int k = 0;
        while (k < digits.length() - 1 && digits.charAt(k) == '0') k++;
        return digits.substring(k);
    }

    /** MPQA polarity values, with the irregular weak/strong variants folded in. */
    private static String polarity(String v) {
        if (v == null || v.isEmpty()) return null;
        String p = v.toLowerCase(Locale.ROOT);
        if (p.endsWith("neg")) return "negative";
        if (p.endsWith("pos")) return "positive";
        return p;
    }

    private static void addTerm(Lexicon.Builder b, String file, int line, String term, String category)
            throws InputException {
        String t = term.strip();
        for (String w : t.split("\\s+")) {
            int star = w.indexOf('*');
            if (w.equals("*") || (star >= 0 && star != w.length() - 1)) {
                throw bad(file, line, "'" + abbreviate(term) + "': a * wildcard may only end a word",
                        "write prefixes like outrag* (matches outrage, outraged, outrageous)");
            }
            if (w.length() > MAX_WORD) {
                // not a word (a pasted text, a broken line); a very long prefix would also nest the prefix trie that deep
                throw bad(file, line, "a word of " + w.length() + " characters ('" + abbreviate(w) + "'); a lexicon word has at most "
                        + MAX_WORD, "put one term per line; a multi-word term separates its words with spaces");
            }
        }
        try {
            b.add(t, category);
        } catch (IllegalArgumentException e) {
            throw bad(file, line, e.getMessage(), "fix or remove the line");
        }
    }

    private static InputException bad(String file, int line, String problem, String hint) {
        return new InputException(file + ", line " + line + ": " + problem + "\n  What to do: " + hint + ".");
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 57) + "..." : s;
    }

    /** UTF-8 (BOM removed); falls back to Windows-1252 for the many dictionaries saved that way. */
    static String decode(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, off, bytes.length - off, Charset.forName("windows-1252"));
        }
    }

    static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
