/**
 * The ScopeKit Target API: what a vendor's target implements ({@code Target}, {@code PermissionTarget} and their
 * sessions and factories) and the vocabularies it speaks. Types marked {@code @API(status = STABLE)} keep their
 * shape within a major version; everything else here is {@code EXPERIMENTAL}. The wire-name helpers the kit shares
 * ({@code consent.Wire}, {@code permission.Wire}, {@code target.WireNames}, or {@code io.scopekit.wire} where it
 * exists) are not part of the promise.
 */
module io.scopekit.target.api {
    requires transitive org.apiguardian.api;
    requires transitive org.jspecify;

    // Targets and PermissionTargets find the factories registered on the class or module path.
    uses io.scopekit.target.TargetFactory;
    uses io.scopekit.target.permission.PermissionTargetFactory;

    exports io.scopekit.consent;
    exports io.scopekit.permission;
    exports io.scopekit.target;
    exports io.scopekit.target.permission;
}
