package io.scopekit.architecture;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps platform facts in the specs: no string literal of {@code src/main/java} equals a scalar value of
 * {@code platform-specs/*.yaml} that is a fact rather than a name (issue 18, "facts only in specs").
 *
 * <p>A literal is a copy when it equals a fact, or contains one of at least {@value #MIN_CONTAINED} characters that
 * is not a label ({@code name}, {@code phrases}, {@code title}: help text and Gherkin examples may name a
 * platform).
 * What counts as a fact: a string value of at least {@value #MIN_LENGTH} characters that is not
 * identifier-shaped — it contains a blank, a CJK character or punctuation beyond {@code [A-Za-z0-9_.:/-]}: a
 * platform's message ({@code importErrorMessage}), a name, a phrase, a title, a quoted passage. Identifier-shaped
 * values (spec ids, scope and permission keys, API ids, field names, wire names such as {@code tenant-admin} or
 * {@code app-permission-missing}) are excluded: they are the join keys by which code and spec meet, and the code
 * must spell them to implement what they name. Only literals count; comments and javadoc may quote a spec.
 *
 * <p>A literal that must stay goes into {@link #ALLOWED} with the reason; today there is none.
 */
class SpecFactsNotCopiedTest {

    /** Shorter values ({@code "和"}, {@code "ok"}) say too little to be a copied fact and match by accident. */
    static final int MIN_LENGTH = 4;

    /** A literal containing a fact this long counts as a copy even if it adds to it (names excepted). */
    static final int MIN_CONTAINED = 12;

    /** Keys whose values are labels: prose may name a platform or a document without copying a fact. */
    private static final Set<String> LABELS = Set.of("name", "phrases", "title");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:/\\-]+");

    /** Literals allowed to equal a spec value, each with the reason it cannot be read from the spec. */
    private static final Map<String, String> ALLOWED = Map.of();

    @Test
    void should_find_no_spec_fact_as_a_literal_when_the_production_sources_are_scanned() throws IOException {
        // GIVEN the facts of the shipped specs
        Map<String, String> facts = facts(Path.of("platform-specs"));
        then(facts).as("facts of platform-specs (e.g. importErrorMessage)")
                .containsKey("该权限不存在或该应用无权申请该权限，请重新录入");

        // WHEN every string literal of every module's src/main/java is compared with them
        List<Path> modules;
        try (Stream<Path> dirs = Files.list(Path.of("."))) {
            modules = dirs.filter(d -> d.getFileName().toString().startsWith("scopekit-"))
                    .map(d -> d.resolve(Path.of("src", "main", "java"))).filter(Files::isDirectory).sorted().toList();
        }
        then(modules).as("the modules' production sources").hasSize(4);
        List<String> copies = new java.util.ArrayList<>();
        for (Path module : modules) {
            copies.addAll(copies(facts, module));
        }

        // THEN none is a copy (the message names the file, line, value and the spec it belongs to)
        then(copies).as("literals that copy a spec fact; read it from the spec or list it in ALLOWED with a reason")
                .isEmpty();
    }

    @Test
    void should_report_a_copied_fact_but_not_a_quoted_one_when_a_source_has_both(@TempDir Path src)
            throws IOException {
        // GIVEN a source that copies a spec message as a literal, and quotes another in comments
        Files.writeString(src.resolve("Probe.java"), """
                /** Answers "the app is gone" when asked. */
                class Probe {
                    // "the app is gone" in a comment is fine
                    static final String MESSAGE = "the app \\u0069s gone";
                    static final String COPY = "the app is gone";
                    static final String MORE = "the app is gone。";
                    static final String NAMED = "run against Some Platform now";
                    static final char QUOTE = '"';
                    static final String ESCAPED = "a \\"quoted\\" word";
                }
                """, StandardCharsets.UTF_8);
        Map<String, String> facts = Map.of("the app is gone", "x.yaml rules.gone", "quoted", "x.yaml a.b",
                "Some Platform", "x.yaml name");

        // WHEN scanned
        List<String> copies = copies(facts, src);

        // THEN the literal copies are reported with their lines, a Unicode escape hiding none; naming is no copy
        then(copies).containsExactly("Probe.java:4: \"the app is gone\" (x.yaml rules.gone)",
                "Probe.java:5: \"the app is gone\" (x.yaml rules.gone)",
                "Probe.java:6: \"the app is gone。\" (x.yaml rules.gone)");
    }

    @Test
    void should_count_prose_and_not_identifiers_as_facts_when_a_spec_is_read(@TempDir Path specs) throws IOException {
        // GIVEN a spec with a message, a name with a blank, and identifier-shaped values
        Files.writeString(specs.resolve("p.yaml"), """
                id: some-platform
                name: Some Platform
                apis: [{id: contact.v3.users.get, field: user_id, path: /open-apis/x}]
                message: "该权限不存在"
                short: "是"
                """, StandardCharsets.UTF_8);

        // WHEN its facts are collected
        Map<String, String> facts = facts(specs);

        // THEN the prose counts, the identifiers and the too-short value do not
        then(facts.keySet()).containsExactlyInAnyOrder("Some Platform", "该权限不存在");
    }

    /** Every fact of the specs in {@code dir}, mapped to where it occurs first ({@code file path.to.value}). */
    static Map<String, String> facts(Path dir) throws IOException {
        Map<String, String> facts = new TreeMap<>();
        YAMLMapper yaml = new YAMLMapper();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                collect(yaml.readTree(file.toFile()), file.getFileName() + " ", "", facts);
            }
        }
        return facts;
    }

    private static void collect(JsonNode node, String file, String path, Map<String, String> facts) {
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), file, path.isEmpty() ? e.getKey()
                    : path + "." + e.getKey(), facts));
        } else if (node.isArray()) {
            node.forEach(v -> collect(v, file, path, facts));
        } else if (node.isString()) {
            String value = node.stringValue();
            if (value.codePointCount(0, value.length()) >= MIN_LENGTH && !IDENTIFIER.matcher(value).matches()) {
                facts.putIfAbsent(value, file + path);
            }
        }
    }

    /** Each literal under {@code root} equal to a fact and not allowed, as {@code file:line: "value" (where)}. */
    static List<String> copies(Map<String, String> facts, Path root) throws IOException {
        List<String> copies = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                for (Literal literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                    String where = copied(facts, literal.value());
                    if (where != null && !ALLOWED.containsKey(literal.value())) {
                        copies.add(relative + ":" + literal.line() + ": \"" + literal.value() + "\" (" + where + ")");
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return copies;
    }

    /**
     * Where the fact that {@code literal} copies occurs, or null: the literal equals a fact, or contains one of at
     * least {@value #MIN_CONTAINED} characters that is not a label (a message copied with a full stop added is
     * still a copy).
     */
    private static @Nullable String copied(Map<String, String> facts, String literal) {
        String where = facts.get(literal);
        if (where != null) {
            return where;
        }
        for (Map.Entry<String, String> fact : facts.entrySet()) {
            String value = fact.getKey();
            String at = fact.getValue();
            String key = at.substring(Math.max(at.lastIndexOf('.'), at.lastIndexOf(' ')) + 1);
            if (value.codePointCount(0, value.length()) >= MIN_CONTAINED && !LABELS.contains(key)
                    && literal.contains(value)) {
                return at;
            }
        }
        return null;
    }

    /** A string literal's value (escapes resolved) and the line it starts on. */
    record Literal(String value, int line) {}

    /**
     * The string literals of a Java source, skipping comments and character literals. Text blocks are read as one
     * literal with their raw content, which is enough to spot a copied one-line fact.
     */
    static List<Literal> literals(String source) {
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(source.substring(i + 3, end).strip(), line));
                line += count(source, i, end);
                i = Math.min(n, end + 3);
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int start = line;
                i++;
                while (i < n && source.charAt(i) != c && source.charAt(i) != '\n') {
                    char d = source.charAt(i);
                    if (d == '\\' && i + 1 < n) {
                        i = unescape(source, i, value);
                    } else {
                        value.append(d);
                        i++;
                    }
                }
                i++;
                if (c == '"') {
                    literals.add(new Literal(value.toString(), start));
                }
            } else {
                i++;
            }
        }
        return literals;
    }

    /** Appends the escape sequence at {@code i} (a backslash) to {@code out}; returns the index after it. */
    private static int unescape(String source, int i, StringBuilder out) {
        char e = source.charAt(i + 1);
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 's' -> out.append(' ');
            case 'u' -> {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) == 'u') {
                    j++;
                }
                if (j + 4 <= source.length()) {
                    out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                    return j + 4;
                }
                return j;
            }
            default -> out.append(e);
        }
        return i + 2;
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to; k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
