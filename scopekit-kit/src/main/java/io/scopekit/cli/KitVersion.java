package io.scopekit.cli;

/** Names the kit version printed on certificates, from the jar manifest. */
final class KitVersion {
    private KitVersion() {}

    static String current() {
        String v = KitVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev (development build)" : v;
    }
}
