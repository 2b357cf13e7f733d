package io.scopekit.oracle.internal;

import io.scopekit.permission.Identity;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionState;
import org.kie.api.definition.type.Modifies;

/**
 * One permission an {@code apply} or {@code import} step names: its state before, its level in the app
 * ({@code null}: the spec's {@code unknown}), whether it needs a data scope under tenant tokens, and the state the
 * rules decide. Public for the executable model; not part of the API.
 */
public final class ApplicationFact {
    private final String permission;
    private final Identity identity;
    private final PermissionState before;
    private final PermissionLevel level;
    private final boolean dataScoped;
    private final boolean identitySupported;
    private PermissionState after;
    private boolean decided;
    private boolean filtered;
    private String unspecifiedReason;

    ApplicationFact(String permission, Identity identity, PermissionState before, PermissionLevel level,
            boolean dataScoped, boolean identitySupported) {
        this.permission = permission;
        this.identity = identity;
        this.before = before;
        this.level = level;
        this.dataScoped = dataScoped;
        this.identitySupported = identitySupported;
    }

    public String getPermission() { return permission; }
    public Identity getIdentity() { return identity; }
    public PermissionState getBefore() { return before; }
    public boolean isApplied() { return before != PermissionState.NOT_APPLIED; }
    public PermissionLevel getLevel() { return level; }
    public boolean isDataScoped() { return dataScoped; }
    public boolean isIdentitySupported() { return identitySupported; }
    public boolean isDecided() { return decided; }

    @Modifies({"decided"})
    public void becomes(PermissionState state) {
        this.after = state;
        this.decided = true;
    }

    /** Import: an already applied permission is filtered out and keeps its state. */
    @Modifies({"decided"})
    public void filter() {
        this.after = before;
        this.filtered = true;
        this.decided = true;
    }

    @Modifies({"decided"})
    public void unspecified(String reason) {
        this.unspecifiedReason = reason;
        this.decided = true;
    }

    PermissionState after() { return after; }
    boolean filtered() { return filtered; }
    String unspecifiedReason() { return unspecifiedReason; }
}
