package io.scopekit.oracle.internal;

import java.util.List;

/**
 * A permission of the model's catalog: who may hold it, whether it needs a data scope under tenant tokens, whether
 * the developer's user token may debug it without review ({@code null}: not documented). Public for the executable
 * model; not part of the API.
 */
public final class CatalogPermissionFact {
    private final String id;
    private final List<String> identities;
    private final boolean dataScopeUnderTenant;
    private final Boolean userTokenDebugFree;

    CatalogPermissionFact(String id, List<String> identities, boolean dataScopeUnderTenant, Boolean userTokenDebugFree) {
        this.id = id;
        this.identities = List.copyOf(identities);
        this.dataScopeUnderTenant = dataScopeUnderTenant;
        this.userTokenDebugFree = userTokenDebugFree;
    }

    public String getId() { return id; }
    public List<String> getIdentities() { return identities; }
    public boolean isDataScopeUnderTenant() { return dataScopeUnderTenant; }
    public Boolean getUserTokenDebugFree() { return userTokenDebugFree; }
}
