package io.scopekit.harness;

import io.scopekit.oracle.FiredRule;
import java.util.List;

/** Says why the oracle decided as it did, for failure messages: each fired rule with its source passage. */
public final class Because {
    private static final int MAX_PASSAGE = 160;

    private Because() {}

    /**
     * Returns " — rule 'x' (file): seed §section: "passage"" for each rule of any oracle's decision that fired, or
     * " (no rule fired)".
     */
    public static String of(List<FiredRule> firedRules) {
        if (firedRules.isEmpty()) {
            return " (no rule fired)";
        }
        StringBuilder text = new StringBuilder();
        for (FiredRule rule : firedRules) {
            text.append(text.length() == 0 ? " — rule '" : "; rule '").append(rule.name()).append("' (")
                    .append(rule.file()).append("): ").append(rule.seed()).append(" §").append(rule.section())
                    .append(": \"").append(shorten(rule.passage())).append('"');
        }
        return text.toString();
    }

    private static String shorten(String passage) {
        if (passage == null) {
            return "";
        }
        return passage.length() <= MAX_PASSAGE ? passage : passage.substring(0, MAX_PASSAGE - 1) + "…";
    }
}
