package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Size limits of the YAML the kit reads (spec files, simulator configurations), checked before parsing: a 10 MB
 * string took the YAML parser about 50 s to reject. The kit's own largest spec is about 35 KB.
 */
@API(status = EXPERIMENTAL)
public final class InputLimits {
    /** The largest spec file or simulator configuration accepted, in bytes (1 MiB). */
    public static final long MAX_YAML_BYTES = 1024 * 1024;

    private InputLimits() {}

    /** The problem text for a file of {@code size} bytes over the limit (the caller adds the file's name). */
    public static String tooLarge(long size) {
        return "file is " + size + " bytes; the limit for a spec file or simulator configuration is "
                + MAX_YAML_BYTES + " bytes (1 MiB), checked before parsing";
    }
}
