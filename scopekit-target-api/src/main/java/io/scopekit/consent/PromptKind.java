package io.scopekit.consent;

import static org.apiguardian.api.API.Status.STABLE;

import io.scopekit.wire.WireNames;
import org.apiguardian.api.API;

/** Names the kinds of prompt a user may see during one action. */
@API(status = STABLE, since = "0.1")
public enum PromptKind {
    /** The platform asks the user to grant a scope to the app. Takes a scripted {@link Answer}. */
    CONSENT,
    /** The platform tells the user the scope was denied and guides them to the settings page (Feishu). */
    GUIDE_TO_SETTINGS,
    /** The operating system asks the user to grant a device permission to the host client. Takes an answer. */
    OS_PERMISSION;

    /** Returns the kebab-case name used in JSON, Gherkin and on the command line. */
    public String wireName() {
        return WireNames.of(this);
    }

    /** Parses {@code consent}, {@code guide-to-settings} or {@code os-permission}. */
    public static PromptKind fromWireName(String name) {
        return WireNames.parse(PromptKind.class, name);
    }
}
