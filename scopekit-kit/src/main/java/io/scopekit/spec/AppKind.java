package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Names a kind of app a platform hosts: mini-programs or mini-games. */
@API(status = EXPERIMENTAL)
public enum AppKind {
    /** A mini-program ({@code mini-program}). */
    MINI_PROGRAM("mini-program"),
    /** A mini-game ({@code mini-game}). */
    MINI_GAME("mini-game");

    private final String id;

    AppKind(String id) {
        this.id = id;
    }

    /** Returns the id used in spec files, e.g. {@code mini-program}. */
    public String id() {
        return id;
    }

    /**
     * Finds the app kind with the given spec-file id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static AppKind fromId(String id) {
        for (AppKind kind : values()) {
            if (kind.id.equals(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown app kind '" + id + "' (expected mini-program or mini-game)");
    }
}
