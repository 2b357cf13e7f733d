package io.scopekit.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/** Names the kit version printed on certificates, from the kit jar's manifest. */
@API(status = INTERNAL)
public final class KitVersion {
    private KitVersion() {}

    /** Returns the kit's Implementation-Version, or a development marker when there is no manifest. */
    public static String current() {
        String v = KitVersion.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-dev (development build)" : v;
    }
}
