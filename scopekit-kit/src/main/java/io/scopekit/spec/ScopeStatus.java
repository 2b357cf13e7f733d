package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** States whether a scope is in force on its platform. */
@API(status = EXPERIMENTAL)
public enum ScopeStatus {
    /** The scope is in force: its APIs need authorization. */
    ACTIVE("active"),
    /** Authorization for the scope was cancelled: its APIs are called directly. */
    CANCELLED("cancelled"),
    /** The scope was taken back, for the app kinds in {@link ScopeSpec#recycledIn()}. */
    RECYCLED("recycled"),
    /** The documents do not say. */
    UNKNOWN("unknown");

    private final String id;

    ScopeStatus(String id) {
        this.id = id;
    }

    /** Returns the id used in spec files, e.g. {@code active}. */
    public String id() {
        return id;
    }

    /**
     * Finds the status with the given spec-file id.
     *
     * @throws IllegalArgumentException naming the valid ids when there is none
     */
    public static ScopeStatus fromId(String id) {
        for (ScopeStatus status : values()) {
            if (status.id.equals(id)) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                "unknown scope status '" + id + "' (expected active, cancelled, recycled or unknown)");
    }
}
