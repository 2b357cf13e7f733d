package io.scopekit.oracle.internal;

/**
 * Version comparisons the rules call from their constraints.
 *
 * <p>Public because the generated executable model calls it; not part of the API.
 */
public final class Versions {
    private Versions() {}

    /** True when {@code version} is known and strictly below {@code bound} (5.9 < 5.21; 5.2 == 5.2.0). */
    public static boolean below(String version, String bound) {
        return version != null && bound != null && compare(version, bound) < 0;
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }
}
