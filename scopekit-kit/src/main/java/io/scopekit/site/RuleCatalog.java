package io.scopekit.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rule files for the site: each rule's name, file and cited source, and which behaviour value it decides.
 * Reading the text (not building a KieBase) keeps {@code docs} fast and the oracle out of the site's dependencies.
 */
final class RuleCatalog {

    /**
     * One rule as its file states it.
     *
     * @param name      rule name
     * @param file      DRL file relative to the rules directory
     * @param seed      {@code @source_seed}: a seed file name or a public address
     * @param section   {@code @source_section}
     * @param passage   {@code @source_passage}
     * @param decides   behaviour values it acts on, as {@code KEY=value} with the {@code BehaviourKey} constant
     */
    record RuleEntry(String name, String file, String seed, String section, String passage, List<String> decides) {}

    private static final Pattern RULE = Pattern.compile("(?m)^rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern DECIDES = Pattern.compile(
            "BehaviourFact\\([^)]*key\\s*==\\s*BehaviourKey\\.(\\w+)[^)]*value\\s*==\\s*\"([^\"]+)\"");

    private RuleCatalog() {}

    static List<RuleEntry> read(SortedMap<String, byte[]> files) {
        List<RuleEntry> rules = new ArrayList<>();
        files.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher m = RULE.matcher(text);
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (m.find()) {
                names.add(m.group(1));
                starts.add(m.start());
            }
            for (int i = 0; i < names.size(); i++) {
                int start = starts.get(i);
                int end = i + 1 < names.size() ? starts.get(i + 1) : text.length();
                String body = text.substring(start, end);
                List<String> decides = new ArrayList<>();
                Matcher d = DECIDES.matcher(body);
                while (d.find()) {
                    decides.add(d.group(1) + "=" + d.group(2));
                }
                rules.add(new RuleEntry(names.get(i), file, meta(body, "source_seed"), meta(body, "source_section"),
                        meta(body, "source_passage"), List.copyOf(decides)));
            }
        });
        return rules;
    }

    private static String meta(String body, String key) {
        Matcher m = Pattern.compile("@" + key + "\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)").matcher(body);
        return m.find() ? m.group(1).replace("\\\"", "\"") : null;
    }
}
