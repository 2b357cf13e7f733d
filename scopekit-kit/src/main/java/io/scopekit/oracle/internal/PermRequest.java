package io.scopekit.oracle.internal;

import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.definition.type.Modifies;

/**
 * The one per-decision fact of the permission rules: the request and the app's state (inputs), the rules' working
 * state ({@code route}), and the verdict the consequences fill in.
 *
 * <p>As with the consent {@code Request}, rules {@code modify} only what later rules test (the route and the
 * permission that permitted a call); the verdict's other parts are plain calls. Public because the generated
 * executable model reads it; not part of the API.
 */
public final class PermRequest {
    private final PermKind kind;
    private final String app;
    private final AppType appType;
    private final String developer;
    private final boolean testVersion;
    private final boolean dataScopeConfigured;
    private final VersionStatus versionStatus;
    private final boolean platformApproved;
    private final List<PermissionStatus> current;
    private final List<PermissionStatus> formal;

    // API call / event
    private Identity identity;
    private TokenStatus token;
    private String owner;
    private String api;
    private boolean apiAccepts;
    private List<String> anyOf = List.of();
    private boolean createsResource;
    private List<String> owners = List.of();

    // lifecycle step
    private LifecycleStep step;
    private Reviewer reviewer;
    private ReleaseKind releaseKind;
    private boolean versionGiven;
    private boolean advancedWithoutReason;
    private boolean advancedAsked;
    private boolean importMalformed;
    private boolean importInvalid;
    private List<Identity> importIdentities = List.of();

    private Map<String, io.scopekit.spec.ErrorCode> errors = Map.of();

    private PermRoute route = PermRoute.START;
    private String permittedBy;

    private CallOutcome outcome;
    private Long code;
    private List<String> messagePatterns = List.of();
    private final List<Violation> violations = new ArrayList<>(4);
    private List<String> fields;
    private final List<String> withheld = new ArrayList<>(2);
    private ResourceOwner resourceOwner;
    private final Map<PermissionRef, PermissionState> changes = new LinkedHashMap<>();
    private boolean statesTouched;
    private boolean restoreFormal;
    private boolean useTestVersion;
    private final List<PermissionRef> notEnabled = new ArrayList<>(2);
    private VersionStatus versionStatusAfter;
    private boolean versionStatusTouched;
    private List<String> exportTenant;
    private List<String> exportUser;
    private boolean importTabs;
    private Boolean delivered;
    private boolean planned;
    private final List<PermissionRef> unneeded = new ArrayList<>(2);
    private final EnumMap<PermissionAspect, String> unspecified = new EnumMap<>(PermissionAspect.class);

    PermRequest(PermKind kind, String app, AppType appType, String developer, boolean testVersion,
            boolean dataScopeConfigured, VersionStatus versionStatus, boolean platformApproved,
            List<PermissionStatus> current, List<PermissionStatus> formal) {
        this.kind = kind;
        this.app = app;
        this.appType = appType;
        this.developer = developer;
        this.testVersion = testVersion;
        this.dataScopeConfigured = dataScopeConfigured;
        this.versionStatus = versionStatus;
        this.platformApproved = platformApproved;
        this.current = current;
        this.formal = formal;
    }

    void call(Identity identity, TokenStatus token, String owner, String api, boolean apiAccepts, List<String> anyOf,
            boolean createsResource) {
        this.identity = identity;
        this.token = token;
        this.owner = owner;
        this.api = api;
        this.apiAccepts = apiAccepts;
        this.anyOf = anyOf;
        this.createsResource = createsResource;
    }

    void event(Identity identity, String subscriber, List<String> owners, List<String> anyOf) {
        this.identity = identity;
        this.owner = subscriber;
        this.owners = owners;
        this.anyOf = anyOf;
    }

    /** The request comes with the calls the app plans (an export judged for least privilege). */
    void planned(boolean planned) {
        this.planned = planned;
    }

    void advancedAsked(boolean asked) {
        this.advancedAsked = asked;
    }

    /** The model's error codes by situation ({@code when}), the one place the codes come from. */
    void errors(Map<String, io.scopekit.spec.ErrorCode> errors) {
        this.errors = errors;
    }

    void step(LifecycleStep step, Reviewer reviewer, ReleaseKind releaseKind, boolean versionGiven,
            boolean advancedWithoutReason, boolean importMalformed, boolean importInvalid,
            List<Identity> importIdentities) {
        this.step = step;
        this.reviewer = reviewer;
        this.releaseKind = releaseKind;
        this.versionGiven = versionGiven;
        this.advancedWithoutReason = advancedWithoutReason;
        this.importMalformed = importMalformed;
        this.importInvalid = importInvalid;
        this.importIdentities = importIdentities;
    }

    // ---- read by rules
    public PermKind getKind() { return kind; }
    public String getApp() { return app; }
    public AppType getAppType() { return appType; }
    public String getDeveloper() { return developer; }
    public boolean isTestVersion() { return testVersion; }
    public boolean isDataScopeConfigured() { return dataScopeConfigured; }
    public VersionStatus getVersionStatus() { return versionStatus; }
    public boolean isPlatformApproved() { return platformApproved; }
    public Identity getIdentity() { return identity; }
    public TokenStatus getToken() { return token; }
    public String getOwner() { return owner; }
    public boolean isDeveloperToken() { return identity == Identity.USER && developer.equals(owner); }
    public String getApi() { return api; }
    public boolean isApiAccepts() { return apiAccepts; }
    public List<String> getAnyOf() { return anyOf; }
    public boolean isNoPermissionNeeded() { return kind == PermKind.CALL && anyOf.isEmpty(); }
    public boolean isCreatesResource() { return createsResource; }
    public List<String> getOwners() { return owners; }
    /** The subscription's identity owns or manages the changed document (the app for a tenant token). */
    public boolean isSubscriberOwnsOrManages() {
        return owners.contains(identity == Identity.TENANT ? app : owner);
    }
    public LifecycleStep getStep() { return step; }
    public Reviewer getReviewer() { return reviewer; }
    public ReleaseKind getReleaseKind() { return releaseKind; }
    public boolean isVersionGiven() { return versionGiven; }
    public boolean isAdvancedWithoutReason() { return advancedWithoutReason; }
    public boolean isAdvancedAsked() { return advancedAsked; }
    public boolean isImportMalformed() { return importMalformed; }
    public boolean isImportInvalid() { return importInvalid; }
    public boolean isPlanned() { return planned; }
    public PermRoute getRoute() { return route; }
    public String getPermittedBy() { return permittedBy; }

    // ---- what later rules test: changed through modify
    public void setRoute(PermRoute route) { this.route = route; }

    @Modifies({"route", "permittedBy"})
    public void permit(String permission, PermRoute to) {
        this.permittedBy = permission;
        this.route = to;
    }

    // ---- the verdict: plain calls
    public void succeed() {
        outcome = CallOutcome.SUCCESS;
        if (kind == PermKind.CALL) {
            code = 0L;
        }
    }

    /** Fails with {@code code}; a violation type lists the API's any-of permissions as subjects. */
    public void fail(long code, String violationType) {
        outcome = CallOutcome.FAIL;
        this.code = code;
        if (violationType != null) {
            for (String p : anyOf) {
                violations.add(new Violation(violationType, p));
            }
        }
    }

    /** Fails with the permissions the user has not granted among {@code enabled} as violations of {@code type}. */
    public void failUserGrant(long code, String type, List<String> notGranted) {
        outcome = CallOutcome.FAIL;
        this.code = code;
        for (String p : notGranted) {
            violations.add(new Violation(type, p));
        }
    }

    /**
     * Fails with the code the spec gives for {@code when} if the platform's documentation gives it; a code only a
     * vendor SDK or tool names, or none, leaves the code unspecified (the reason says which).
     */
    public void failToken(String when) {
        io.scopekit.spec.ErrorCode e = errors.get(when);
        if (e != null && e.platformDocumented()) {
            fail(e.code(), null);
            unspecified(List.of(PermissionAspect.MESSAGE), "the documentation names the code of " + when + ", not the message");
        } else if (e != null) {
            failUndocumented(when + ": " + e.code() + " is a vendor constant (" + e.source().doc()
                    + "), not the platform's documentation");
        } else {
            failUndocumented("no source gives the code or message of " + when);
        }
    }

    /** Fails; the code and message are not documented for this case. */
    public void failUndocumented(String reason) {
        outcome = CallOutcome.FAIL;
        unspecified(List.of(PermissionAspect.CODE, PermissionAspect.MESSAGE, PermissionAspect.VIOLATIONS), reason);
    }

    /** Fails with a documented console message. */
    public void failWithMessage(String message) {
        outcome = CallOutcome.FAIL;
        messagePatterns = List.of(message);
    }

    public void returnField(String field) {
        if (fields == null) {
            fields = new ArrayList<>(3);
        }
        fields.add(field);
    }

    public void withhold(String field) {
        withheld.add(field);
        if (fields == null) {
            fields = new ArrayList<>(3);
        }
    }

    public void ownedBy(OwnerKind kind) {
        resourceOwner = new ResourceOwner(kind, kind == OwnerKind.APP ? app : owner);
    }

    /** Least privilege: scopes lint must flag this applied permission as one no planned call accepts. */
    public void flagUnneeded(String permission, Identity identity) {
        unneeded.add(new PermissionRef(permission, identity));
    }

    public void deliver(boolean delivered) {
        this.delivered = delivered;
    }

    /** The applications of an apply/import step were decided (their facts carry the new states). */
    public void statesFromApplications() {
        statesTouched = true;
    }

    /** Every permission of the version in use that is in {@code from} moves to {@code to}. */
    public void transition(PermissionState from, PermissionState to) {
        statesTouched = true;
        for (PermissionStatus s : current) {
            if (s.state() == from) {
                changes.put(s.ref(), to);
            }
        }
    }

    /** Every permission of the version in use in {@code state} must not be enabled; the state itself is not stated. */
    public void notEnabled(PermissionState state, String reason) {
        for (PermissionStatus s : current) {
            if (s.state() == state) {
                notEnabled.add(s.ref());
            }
        }
        unspecified(List.of(PermissionAspect.STATES), reason);
    }

    /** The formal version's permissions are in use again: what the test version enabled is not carried over. */
    public void restoreFormal() {
        statesTouched = true;
        restoreFormal = true;
    }

    /**
     * The test version's permissions are in use from now on: the states after the step are the test version's, kept
     * apart from the formal version's (seed 001 §步骤三: what the test version enables does not take effect in the
     * formal version).
     */
    public void useTestVersion() {
        statesTouched = true;
        useTestVersion = true;
    }

    /**
     * Switches to the test version with the version's permissions (those of the version in use in {@code state})
     * enabled in it: set as the test version, the version is called without review in the test enterprise.
     */
    public void useTestVersionEnabling(PermissionState state) {
        useTestVersion();
        for (PermissionStatus s : current) {
            if (s.state() == state) {
                changes.put(s.ref(), PermissionState.ENABLED);
            }
        }
    }

    /** States are unchanged by this step. */
    public void keepStates() {
        statesTouched = true;
    }

    public void versionBecomes(VersionStatus status) {
        versionStatusAfter = status;
        versionStatusTouched = true;
    }

    public void exportAdd(String permission, Identity identity) {
        if (exportTenant == null) {
            exportTenant = new ArrayList<>();
            exportUser = new ArrayList<>();
        }
        (identity == Identity.TENANT ? exportTenant : exportUser).add(permission);
    }

    public void export() {
        if (exportTenant == null) {
            exportTenant = new ArrayList<>();
            exportUser = new ArrayList<>();
        }
    }

    public void showImportTabs() {
        importTabs = true;
    }

    public void unspecified(List<PermissionAspect> aspects, String reason) {
        for (PermissionAspect a : aspects) {
            unspecified.putIfAbsent(a, reason);
        }
    }

    // ---- read back by the oracle
    CallOutcome outcome() { return outcome; }
    Long code() { return code; }
    List<String> messagePatterns() { return messagePatterns; }
    List<Violation> violations() { return violations; }
    List<String> fields() { return fields; }
    List<String> withheld() { return withheld; }
    ResourceOwner resourceOwner() { return resourceOwner; }
    Map<PermissionRef, PermissionState> changes() { return changes; }
    boolean statesTouched() { return statesTouched; }
    boolean restoresFormal() { return restoreFormal; }
    boolean usesTestVersion() { return useTestVersion; }
    List<PermissionRef> notEnabledRefs() { return notEnabled; }
    VersionStatus versionStatusAfter() { return versionStatusAfter; }
    boolean versionStatusTouched() { return versionStatusTouched; }
    List<String> exportTenant() { return exportTenant; }
    List<String> exportUser() { return exportUser; }
    boolean importTabs() { return importTabs; }
    List<Identity> importIdentities() { return importIdentities; }
    Boolean delivered() { return delivered; }
    /** The permissions least privilege flags, or {@code null} without a plan. */
    List<PermissionRef> unneeded() { return planned ? List.copyOf(unneeded) : null; }
    Map<PermissionAspect, String> unspecifiedAspects() { return unspecified; }
    List<PermissionStatus> current() { return current; }
    List<PermissionStatus> formal() { return formal; }
    boolean isUnspecified(PermissionAspect a) { return unspecified.containsKey(a); }
}
