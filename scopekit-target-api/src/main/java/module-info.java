/**
 * The ScopeKit Target API: what a vendor's target implements ({@code Target}, {@code PermissionTarget} and their
 * sessions and factories) and the vocabularies it speaks. Types marked {@code @API(status = STABLE)} keep their
 * shape within a major version; everything else here is {@code EXPERIMENTAL}. The wire-name helper the vocabularies
 * share ({@code io.scopekit.wire}) is in this artifact but not exported: it is not part of the promise.
 */
module io.scopekit.target.api {
    requires transitive org.apiguardian.api;
    requires transitive org.jspecify;

    exports io.scopekit.consent;
    exports io.scopekit.permission;
    exports io.scopekit.target;
    exports io.scopekit.target.permission;
}
