package io.scopekit.cli;

import picocli.CommandLine.IVersionProvider;

/** Supplies the kit version from the jar manifest. */
final class KitVersion implements IVersionProvider {

    static String current() {
        String v = KitVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"scopekit " + current()};
    }
}
