package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Optional;

/** Exposes what every kind of spec has: id, name, kind, cited documents and origin. */
@API(status = EXPERIMENTAL)
public sealed interface Spec permits ClientPlatformSpec, PortMatrixSpec, PermissionModelSpec {
    /** Returns the spec's id, equal to its file name without extension. */
    String id();

    /** Returns the human-readable name. */
    String name();

    /** Returns the kind of spec. */
    SpecKind kind();

    /** Returns the documents the spec cites, in file order. */
    List<Document> documents();

    /** Returns the file the spec was loaded from. */
    SpecOrigin origin();

    /** Finds a cited document by id. */
    default Optional<Document> document(String id) {
        return documents().stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
