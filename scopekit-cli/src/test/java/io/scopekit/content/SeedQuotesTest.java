package io.scopekit.content;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.internal.ConsentRules;
import io.scopekit.oracle.internal.PermissionRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Every passage that rules/ or platform-specs/ quote from a seed is in that seed (docs/spec-format.md "Quoted
 * passages": the quote is what comes before " — ", its fragments are separated by "…", whitespace and Markdown marks
 * do not count).
 *
 * <p>The seeds are never read here (they are not part of the project): tools/seed_quotes.py checks each fragment
 * against the seed at authoring time and keeps only its SHA-256 in {@code seed-quotes/verified-fragments.tsv}. This
 * test recomputes the hashes from the shipped rules and specs, so a passage edited without that check fails. The
 * passages of seeds other than 001 that are still paraphrases are listed in {@code seed-quotes/not-yet-quoted.tsv};
 * the list may only shrink.
 */
class SeedQuotesTest {

    static final String SEED_001 = "001_0b158fc905000e66.txt";
    private static final Pattern SEED_NAME = Pattern.compile("^\\d{3}_[0-9a-f]{16}\\.txt$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern SPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern ELLIPSIS = Pattern.compile("…+");

    record Quoted(String where, String seed, String passage) {}

    @Test
    void should_find_every_fragment_of_every_seed_quote_among_the_verified_ones_when_the_shipped_content_is_read() {
        // GIVEN the seed passages of the shipped rules and specs, and the ledgers written by tools/seed_quotes.py
        List<Quoted> quoted = shippedQuotes();
        Set<String> verified = new HashSet<>();
        for (String[] row : tsv("verified-fragments.tsv")) {
            verified.add(row[0] + "\t" + row[1]);
        }
        Set<String> notYetQuoted = new HashSet<>();
        for (String[] row : tsv("not-yet-quoted.tsv")) {
            notYetQuoted.add(row[0] + "\t" + row[1] + "\t" + row[2]);
        }

        // WHEN each passage's fragments are normalised and hashed
        List<String> unverified = new ArrayList<>();
        Set<String> used = new HashSet<>();
        Set<String> stillNeeded = new HashSet<>();
        for (Quoted q : quoted) {
            List<String> fragments = fragments(q.passage());
            boolean ok = !fragments.isEmpty();
            for (String f : fragments) {
                String key = q.seed() + "\t" + KitContent.sha256(f.getBytes(StandardCharsets.UTF_8));
                used.add(key);
                ok &= verified.contains(key);
            }
            String listed = q.seed() + "\t" + q.where() + "\t"
                    + KitContent.sha256(q.passage().getBytes(StandardCharsets.UTF_8));
            if (!ok && !SEED_001.equals(q.seed()) && notYetQuoted.contains(listed)) {
                stillNeeded.add(listed);
            } else if (!ok) {
                unverified.add(q.where() + " (" + q.seed() + "): " + q.passage());
            }
        }

        // THEN every quote was verified, seed 001's without exception, and both ledgers are current
        then(quoted).as("seed passages found").hasSizeGreaterThan(200);
        then(quoted).filteredOn(q -> SEED_001.equals(q.seed())).hasSizeGreaterThan(60);
        then(unverified).as("passages not checked against their seed: run tools/seed_quotes.py SEEDS_DIR").isEmpty();
        then(new TreeSet<>(notYetQuoted)).as("not-yet-quoted entries that are quotes now or gone").isEqualTo(
                new TreeSet<>(stillNeeded));
        then(verified).as("verified fragments no passage uses (regenerate the ledger)").isSubsetOf(used);
    }

    @Test
    void should_split_the_quote_at_ellipses_and_drop_the_note_when_a_passage_carries_both() {
        // GIVEN a passage with two fragments, Markdown bold, spaces and a use note
        String passage = "以 tenant_access_token 调用 API …仅能订阅 **拥有者** 的文档变更 — the subscription's owner rule";

        // WHEN it is split into normalised fragments
        List<String> fragments = fragments(passage);

        // THEN the note is gone, whitespace and marks do not count
        then(fragments).containsExactly("以tenant_access_token调用API", "仅能订阅拥有者的文档变更");
        then(fragments("only a note, no quote — unspecified")).containsExactly("onlyanote,noquote");
        then(fragments("…")).isEmpty();
    }

    static List<String> fragments(String passage) {
        String quote = passage.split(" — ", 2)[0];
        List<String> out = new ArrayList<>();
        for (String part : ELLIPSIS.split(quote)) {
            String n = normalise(part);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    static String normalise(String s) {
        String t = IMAGE.matcher(s).replaceAll("");
        t = LINK.matcher(t).replaceAll("$1");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("**", "").replace("`", "").replace("|", "");
        return SPACE.matcher(t).replaceAll("");
    }

    static List<Quoted> shippedQuotes() {
        List<Quoted> out = new ArrayList<>();
        List<FiredRule> rules = new ArrayList<>(ConsentRules.embedded().rules().values());
        rules.addAll(PermissionRules.embedded().rules().values());
        for (FiredRule r : rules) {
            if (r.seed() != null && SEED_NAME.matcher(r.seed()).matches()) {
                out.add(new Quoted("rule " + r.name(), r.seed(), r.passage()));
            }
        }
        YAMLMapper yaml = YAMLMapper.builder().build();
        KitContent.embedded("platform-specs", ".yaml").forEach((name, bytes) -> {
            JsonNode spec = yaml.readTree(bytes);
            Map<String, String> seeds = new HashMap<>();
            for (JsonNode d : spec.path("documents")) {
                if (d.has("seed")) {
                    seeds.put(d.path("id").asString(), d.path("seed").asString());
                }
            }
            walk(spec, name, seeds, out);
        });
        return out;
    }

    private static void walk(JsonNode node, String where, Map<String, String> seeds, List<Quoted> out) {
        if (node.isObject()) {
            if (node.path("doc").isString() && node.has("passage") && seeds.containsKey(node.path("doc").asString())) {
                out.add(new Quoted(where, seeds.get(node.path("doc").asString()), node.path("passage").asString()));
            }
            node.properties().forEach(e -> walk(e.getValue(), where + "/" + e.getKey(), seeds, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), where + "/" + i, seeds, out);
            }
        }
    }

    private static List<String[]> tsv(String name) {
        try (InputStream in = SeedQuotesTest.class.getResourceAsStream("/seed-quotes/" + name)) {
            then(in).as(name + " on the test class path").isNotNull();
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + name, e);
        }
    }
}
