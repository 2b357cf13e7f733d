package io.scopekit.target.reference;

/** Compares client versions numerically per segment (5.21 > 5.9, 5.2 == 5.2.0), as docs/spec-format.md says. */
final class Versions {
    private Versions() {}

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    /** True when {@code version} is at or above {@code floor}; a null version is at or above every floor. */
    static boolean atLeast(String version, String floor) {
        return version == null || floor == null || compare(version, floor) >= 0;
    }
}
