package io.scopekit.simulator.internal;

import io.scopekit.simulator.SimulatorAdminException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/** Reads the simulator's request bodies; what cannot be read is a 400 that says what was expected. */
final class Bodies {

    private Bodies() {}

    /** Parses a body that must be a JSON object; an empty body is {@code {}}. */
    static JsonNode json(String text) {
        try {
            JsonNode n = FeishuErrors.JSON.readTree(text == null || text.isBlank() ? "{}" : text);
            if (n == null || !n.isObject()) {
                throw new SimulatorAdminException(400, "malformed JSON at line 1 column 1: expected a JSON object");
            }
            return n;
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            String at = l == null ? "" : " at line " + l.getLineNr() + " column " + l.getColumnNr();
            String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new SimulatorAdminException(400, "malformed JSON" + at + ": " + what + "; expected a JSON object");
        }
    }

    /** A member that must be a non-empty string. */
    static String text(JsonNode body, String field) {
        return required(field, optText(body, field));
    }

    /** A string member, empty when absent or not a string. */
    static String optText(JsonNode body, String field) {
        JsonNode n = body.get(field);
        return n == null || !n.isString() ? "" : n.stringValue();
    }

    /** A value that must not be blank, named {@code field} in the refusal. */
    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new SimulatorAdminException(400, "missing '" + field + "'; expected a non-empty string");
        }
        return value;
    }

    /** A member {@code on} that must be a boolean. */
    static boolean on(JsonNode body) {
        JsonNode on = body.get("on");
        if (on == null || !on.isBoolean()) {
            throw new SimulatorAdminException(400, "expected {\"on\": true|false}");
        }
        return on.booleanValue();
    }

    static String[] split(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }
}
