package io.scopekit.permission;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/**
 * Names the type of an open-platform app: 企业自建应用 or 商店应用 (seed 001 §权限等级).
 */
@API(status = STABLE, since = "0.1")
public enum AppType {
    /** A custom app built by the tenant itself (企业自建应用). */
    CUSTOM,
    /** A store app developed by an ISV (商店应用). */
    STORE;

    /** Returns the kebab-case name used in JSON, Gherkin, the target protocol and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code custom}, {@code store}; throws {@link IllegalArgumentException} naming the choices. */
    public static AppType fromWireName(String name) {
        return WireNames.parse(AppType.class, name);
    }
}
