package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Names the three kinds of spec file; the {@code kind} key of a file selects its JSON Schema. */
@API(status = EXPERIMENTAL)
public enum SpecKind {
    /** One client platform's scopes, gates and behaviour ({@code client-platform}). */
    CLIENT_PLATFORM("client-platform"),
    /** A cross-platform port and its support matrix ({@code port-matrix}). */
    PORT_MATRIX("port-matrix"),
    /** Server-side API permissions of an open platform ({@code permission-model}). */
    PERMISSION_MODEL("permission-model");

    private final String id;

    SpecKind(String id) {
        this.id = id;
    }

    /** Returns the id used as {@code kind} in spec files and as the schema file's base name. */
    public String id() {
        return id;
    }

    /** Returns the kind with the given id, or null when there is none. */
    public static SpecKind fromIdOrNull(String id) {
        for (SpecKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        return null;
    }
}
