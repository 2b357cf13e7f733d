package io.scopekit.site;

import java.util.Map;

/**
 * Words a product owner reads beside the machine values of the specs ({@code proceed}, {@code active}): the site
 * shows both, the value for matching against the YAML and the words for reading. A value without words here is shown
 * alone.
 */
final class PlainValues {
    private PlainValues() {}

    private static final Map<String, String> BEHAVIOUR = Map.ofEntries(
            Map.entry("proceed", "the call goes ahead without asking"),
            Map.entry("prompt", "the user is asked first"),
            Map.entry("fail-without-prompt", "the call fails, without asking"),
            Map.entry("fail-and-guide-to-settings", "the call fails and the user is pointed to the settings page"),
            Map.entry("after-explicit-answer", "kept once the user has allowed or denied"),
            Map.entry("tri-state", "true when granted, false when denied, left out when never asked"),
            Map.entry("server-synced", "kept by the platform, so it follows the user to other devices"),
            Map.entry("device-local", "kept on the device only"),
            Map.entry("requested-only", "only the scopes the app has asked for"),
            Map.entry("reset-all-records", "clears every answer the user gave"),
            Map.entry("contains-any", "the message contains one of the listed phrases"),
            Map.entry("platform-prompt-first", "the platform asks first, then the operating system"),
            Map.entry("supported", "supported"),
            Map.entry("true", "yes"),
            Map.entry("false", "no"));

    private static final Map<String, String> STATUS = Map.of(
            "active", "in use",
            "deprecated", "marked deprecated by the platform",
            "cancelled", "withdrawn by the platform",
            "recycled", "taken back by the platform",
            "unknown", "the sources do not say");

    /** Returns the words for a behaviour value, or {@code null}. */
    static String behaviour(String value) {
        return value == null ? null : BEHAVIOUR.get(value);
    }

    /** Returns the words for a scope's status, or {@code null}. */
    static String status(String status) {
        return status == null ? null : STATUS.get(status);
    }
}
