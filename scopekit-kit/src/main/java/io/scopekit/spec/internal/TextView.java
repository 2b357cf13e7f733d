package io.scopekit.spec.internal;

import io.scopekit.spec.Source;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The text pieces of {@code specs show} that several kinds share. */
final class TextView {

    private TextView() {}

    static String cite(Source s) {
        return s.doc() + s.section().map(x -> " §" + x).orElse("") + ": " + s.passage();
    }

    static String flag(Optional<Boolean> value) {
        return value.map(v -> v ? "yes" : "no").orElse("unspecified");
    }

    static String join(List<String> items) {
        return items.isEmpty() ? "-" : String.join(", ", items);
    }

    /** A left-aligned text table; width counts code points (CJK text will look wider on terminals). */
    static final class Table {
        private final List<String[]> rows = new ArrayList<>();

        Table(String... header) {
            rows.add(header);
        }

        void row(String... cells) {
            rows.add(cells);
        }

        void print(PrintWriter out) {
            int columns = rows.get(0).length;
            int[] width = new int[columns];
            for (String[] r : rows) {
                for (int i = 0; i < columns - 1; i++) {
                    width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
                }
            }
            for (String[] r : rows) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    sb.append(r[i]);
                    if (i < columns - 1) {
                        sb.append(" ".repeat(width[i] - r[i].codePointCount(0, r[i].length()) + 2));
                    }
                }
                out.println(sb.toString().stripTrailing());
            }
        }
    }
}
