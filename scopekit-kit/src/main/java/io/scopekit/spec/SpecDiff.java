package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.spec.internal.SpecKinds;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Computes the structural differences between two catalogs, one line per change, e.g.
 * {@code feishu-gadget: gate of scope.camera changed 5.21 -> 5.22}.
 *
 * <p>Compared: specs added/removed/changed kind; scopes added, removed and renamed (same non-empty API list under a new
 * id); APIs added, removed and moved between scopes; gates, statuses, app kinds, components and consent modes
 * (prompt / silent) of scopes; platform phrases; behaviour
 * values and attributes; port matrix containers and cells (support and native names); permissions, their levels and
 * identities; open-platform APIs and their permission requirements; error codes and rules. Labels, descriptions and
 * sources are not compared. Each spec kind compares its own parts.
 */
@API(status = EXPERIMENTAL)
public final class SpecDiff {

    private SpecDiff() {}

    /**
     * Lists the changes from {@code before} to {@code after}; empty when they are structurally the same.
     *
     * @return one human-readable line per change, grouped by spec id in the order of {@code before} then new specs
     */
    public static List<String> between(SpecCatalog before, SpecCatalog after) {
        return SpecKinds.diff(Objects.requireNonNull(before, "before"), Objects.requireNonNull(after, "after"));
    }
}
