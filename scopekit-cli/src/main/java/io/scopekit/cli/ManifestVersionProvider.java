package io.scopekit.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version shown by {@code --version} from the jar manifest ({@code Implementation-Version}). */
final class ManifestVersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"scopekit " + (version == null ? "(development build)" : version)};
    }
}
