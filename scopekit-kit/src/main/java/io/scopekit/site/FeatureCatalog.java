package io.scopekit.site;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;
import io.cucumber.messages.types.Tag;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** Reads the kit's feature files into scenarios (one per examples row), each with its Gherkin block as written. */
final class FeatureCatalog {

    /**
     * One scenario (an examples row counts as one) as the feature file has it.
     *
     * @param key         {@code path:line}, the path relative to the features directory
     * @param path        feature file relative to the features directory
     * @param line        line of the scenario, or of its examples row
     * @param featureName the feature's name
     * @param name        the pickle's name (placeholders filled in)
     * @param language    the file's Gherkin language
     * @param platform    from the {@code @platform-} tag, or {@code null}
     * @param requirement from the {@code @req-} tag, or {@code null}
     * @param behaviour   from the {@code @behaviour-} tag, or {@code null}
     * @param block       the scenario's Gherkin as written; of an examples row, the outline up to its table header
     *                    and that one row (the whole table is on the outline's page)
     * @param steps       the pickle's step texts
     * @param outline     key of the outline this row belongs to, or {@code null} for a plain scenario
     */
    record FeatureScenario(String key, String path, int line, String featureName, String name, String language,
            String platform, String requirement, String behaviour, String block, List<String> steps,
            String outline) {}

    /**
     * A Scenario Outline with its whole Gherkin block (every examples row), shown once on its own page.
     *
     * @param key         {@code path:line} of the outline's keyword line
     * @param path        feature file relative to the features directory
     * @param line        line of the outline's keyword
     * @param featureName the feature's name
     * @param name        the outline's name as written (placeholders unfilled)
     * @param language    the file's Gherkin language
     * @param block       the outline's Gherkin as written (tags to last examples row)
     */
    record Outline(String key, String path, int line, String featureName, String name, String language,
            String block) {}

    /** The scenarios (one per examples row) and the outlines they come from. */
    record Catalog(List<FeatureScenario> scenarios, List<Outline> outlines) {}

    private FeatureCatalog() {}

    static Catalog read(SortedMap<String, byte[]> files) {
        List<FeatureScenario> all = new ArrayList<>();
        List<Outline> outlines = new ArrayList<>();
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(true)
                .includePickles(true).build();
        files.forEach((path, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            String[] lines = text.split("\r?\n", -1);
            List<Envelope> envelopes = parser.parse(path, bytes).toList();
            Map<String, Integer> lineByNode = new HashMap<>();
            Map<String, String> blockByNode = new HashMap<>();
            Map<String, String> outlineByNode = new HashMap<>();
            String featureName = "";
            String language = "en";
            for (Envelope e : envelopes) {
                if (e.getGherkinDocument().isPresent()) {
                    GherkinDocument doc = e.getGherkinDocument().get();
                    if (doc.getFeature().isPresent()) {
                        Feature f = doc.getFeature().get();
                        featureName = f.getName();
                        language = f.getLanguage();
                        for (Scenario s : index(f, lines, lineByNode, blockByNode)) {
                            if (!s.getExamples().isEmpty()) {
                                String key = path + ":" + s.getLocation().getLine().intValue();
                                outlineByNode.put(s.getId(), key);
                                outlines.add(new Outline(key, path, s.getLocation().getLine().intValue(), featureName,
                                        s.getName(), language, blockByNode.get(s.getId())));
                            }
                        }
                    }
                }
            }
            for (Envelope e : envelopes) {
                if (e.getPickle().isEmpty()) {
                    continue;
                }
                Pickle p = e.getPickle().get();
                int line = 0;
                String block = "";
                String outline = null;
                for (String id : p.getAstNodeIds()) {
                    line = lineByNode.getOrDefault(id, line);
                    block = blockByNode.getOrDefault(id, block);
                    outline = outlineByNode.getOrDefault(id, outline);
                }
                all.add(new FeatureScenario(path + ":" + line, path, line, featureName, p.getName(), language,
                        tag(p, "@platform-"), tag(p, "@req-"), tag(p, "@behaviour-"), block,
                        p.getSteps().stream().map(s -> s.getText()).toList(), outline));
            }
        });
        return new Catalog(all, outlines);
    }

    private static List<Scenario> index(Feature feature, String[] lines, Map<String, Integer> lineByNode,
            Map<String, String> blockByNode) {
        List<Scenario> scenarios = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(scenarios::add);
            child.getRule().ifPresent(r -> r.getChildren().forEach(rc -> rc.getScenario().ifPresent(scenarios::add)));
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            int start = s.getTags().stream().mapToInt(t -> t.getLocation().getLine().intValue()).min()
                    .orElse(s.getLocation().getLine().intValue());
            int end = i + 1 < scenarios.size() ? firstLine(scenarios.get(i + 1)) - 1 : lines.length;
            StringBuilder block = new StringBuilder();
            for (int l = start; l <= end && l <= lines.length; l++) {
                block.append(lines[l - 1]).append('\n');
            }
            String b = block.toString().stripTrailing();
            lineByNode.put(s.getId(), s.getLocation().getLine().intValue());
            blockByNode.put(s.getId(), b);
            if (s.getExamples().isEmpty()) {
                continue;
            }
            // A row's page shows the outline up to its own table's header and then that row alone: embedding every
            // row made each page as large as the outline, and a large outline's site quadratic in size.
            String head = lines(lines, start, examplesStart(s.getExamples().get(0)) - 1).stripTrailing();
            for (Examples ex : s.getExamples()) {
                int headerLine = ex.getTableHeader().map(h -> h.getLocation().getLine().intValue())
                        .orElse(ex.getLocation().getLine().intValue());
                String tableHead = lines(lines, examplesStart(ex), headerLine).stripTrailing();
                for (TableRow row : ex.getTableBody()) {
                    int rowLine = row.getLocation().getLine().intValue();
                    lineByNode.put(row.getId(), rowLine);
                    blockByNode.put(row.getId(), head + "\n\n" + tableHead + "\n" + lines[rowLine - 1].stripTrailing());
                }
            }
        }
        return scenarios;
    }

    private static int examplesStart(Examples ex) {
        int line = ex.getLocation().getLine().intValue();
        for (Tag t : ex.getTags()) {
            line = Math.min(line, t.getLocation().getLine().intValue());
        }
        return line;
    }

    private static String lines(String[] lines, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int l = Math.max(1, from); l <= to && l <= lines.length; l++) {
            b.append(lines[l - 1]).append('\n');
        }
        return b.toString();
    }

    private static int firstLine(Scenario s) {
        int line = s.getLocation().getLine().intValue();
        for (Tag t : s.getTags()) {
            line = Math.min(line, t.getLocation().getLine().intValue());
        }
        return line;
    }

    private static String tag(Pickle p, String prefix) {
        for (PickleTag t : p.getTags()) {
            if (t.getName().startsWith(prefix)) {
                return t.getName().substring(prefix.length());
            }
        }
        return null;
    }
}
