package io.scopekit.oracle;

import static io.scopekit.permission.Identity.TENANT;
import static io.scopekit.permission.Identity.USER;
import static io.scopekit.permission.PermissionState.ENABLED;
import static io.scopekit.permission.PermissionState.IN_REVIEW;
import static io.scopekit.permission.PermissionState.NEEDS_DATA_SCOPE;
import static io.scopekit.permission.PermissionState.PENDING_RELEASE;
import static io.scopekit.testsupport.PermissionApps.APP;
import static io.scopekit.testsupport.PermissionApps.DEVELOPER;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.testsupport.PermissionApps;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The permission oracle on the embedded Feishu Open Platform model and rules, one behaviour of seed 001 (and of the
 * public error pages) per test.
 */
class PermissionOracleAcceptanceTest {

    static final PermissionOracle ORACLE = PermissionOracles.embedded();
    static final String MODEL = "feishu-openplatform";
    static final String USER_GET = "contact.v3.users.get";
    static final String BASE = "contact:contact.base:readonly";
    static final String USER_ID = "contact:user.employee_id:readonly";
    static final String ALICE = "ou_alice";

    static PermissionDecision decide(AppState app, PlatformRequest request) {
        return ORACLE.decide(new PermissionSituation(MODEL, app, request));
    }

    static List<String> ruleNames(PermissionDecision d) {
        return d.firedRules().stream().map(FiredRule::name).toList();
    }

    // ---------- access

    @Test
    void should_serve_the_call_when_the_app_holds_one_of_the_any_of_permissions_for_the_tokens_identity() {
        // GIVEN an app with one of the four permissions of contact user get, for tenant tokens
        AppState app = PermissionApps.custom().enabled(TENANT, "contact:contact:readonly").dataScope().build();

        // WHEN it calls with a tenant token
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET));

        // THEN the call succeeds with code 0
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(d.code()).isZero();
        then(ruleNames(d)).contains("The app holds one of the API's permissions for the token's identity");
        then(d.isUnspecified(PermissionAspect.HTTP_STATUS)).isTrue();
    }

    @Test
    void should_refuse_with_99991672_listing_every_any_of_permission_when_the_app_holds_none() {
        // GIVEN an app without any permission (another app's grants do not count: the state is this app's)
        AppState app = PermissionApps.custom().build();

        // WHEN it calls contact user get
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET));

        // THEN 99991672 with action_scope_required for each of the four permissions
        then(d.outcome()).isEqualTo(CallOutcome.FAIL);
        then(d.code()).isEqualTo(99991672L);
        then(d.violations()).extracting(Violation::type).containsOnly(Violation.ACTION_SCOPE_REQUIRED);
        then(d.violations()).extracting(Violation::subject).containsExactly(BASE, "contact:contact:access_as_app",
                "contact:contact:readonly", "contact:contact:readonly_as_app");
        then(ruleNames(d)).contains("Permissions are granted per app");
    }

    @Test
    void should_not_serve_a_user_token_with_a_tenant_identity_grant_when_only_the_tenant_identity_is_enabled() {
        // GIVEN the permission enabled for the tenant identity only
        AppState app = PermissionApps.custom().enabled(TENANT, BASE).userGrant(ALICE, BASE).build();

        // WHEN a user token calls
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, USER_GET));

        // THEN 99991672, with the rule explaining the identity split
        then(d.code()).isEqualTo(99991672L);
        then(ruleNames(d)).contains("A permission applied only for the other identity does not serve the token");
    }

    @Test
    void should_refuse_with_99991679_when_the_user_has_not_authorized_the_permission() {
        // GIVEN the user-identity permission enabled, but the user has granted nothing
        AppState app = PermissionApps.custom().enabled(USER, BASE).build();

        // WHEN the user's token calls
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, USER_GET));

        // THEN 99991679 with action_privilege_required
        then(d.code()).isEqualTo(99991679L);
        then(d.violations()).containsExactly(new Violation(Violation.ACTION_PRIVILEGE_REQUIRED, BASE));
    }

    @Test
    void should_refuse_a_user_token_send_leaving_the_code_unspecified_when_the_app_holds_one_of_its_all_of() {
        // GIVEN im:message enabled for the user identity, not im:message.send_as_user (apis[].allOf for user)
        AppState app = PermissionApps.custom().enabled(USER, "im:message").userGrant(ALICE, "im:message").build();

        // WHEN the user's token sends a message
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, "im.v1.messages.create"));

        // THEN refused; no source gives the code, so code, message and violations are unspecified
        then(d.outcome()).isEqualTo(CallOutcome.FAIL);
        then(d.code()).isNull();
        then(d.isUnspecified(PermissionAspect.CODE)).isTrue();
        then(d.unspecified().get(PermissionAspect.CODE)).contains("im:message.send_as_user");
        then(ruleNames(d)).contains("A call lacks a permission it needs together with another: refused, its code not documented");
    }

    @Test
    void should_refuse_with_99991679_naming_it_when_the_user_has_not_authorized_one_of_the_all_of_permissions() {
        // GIVEN both all-of permissions enabled for the user identity; the user authorized im:message only
        AppState app = PermissionApps.custom().enabled(USER, "im:message").enabled(USER, "im:message.send_as_user")
                .userGrant(ALICE, "im:message").build();

        // WHEN the user's token sends a message
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, "im.v1.messages.create"));

        // THEN 99991679 naming the permission not authorized
        then(d.code()).isEqualTo(99991679L);
        then(d.violations()).containsExactly(new Violation(Violation.ACTION_PRIVILEGE_REQUIRED,
                "im:message.send_as_user"));
    }

    @Test
    void should_serve_a_tenant_token_send_with_one_of_three_when_the_all_of_is_the_user_identitys() {
        // GIVEN im:message enabled for the tenant identity only
        AppState app = PermissionApps.custom().enabled(TENANT, "im:message").build();

        // WHEN the app's token sends a message
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, "im.v1.messages.create"));

        // THEN served: the all-of requirement names the user identity only
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
    }

    @Test
    void should_serve_a_user_token_within_the_users_range_when_the_user_granted_the_permission() {
        // GIVEN the permission enabled for users and granted by the user
        AppState app = PermissionApps.custom().enabled(USER, BASE).userGrant(ALICE, BASE).build();

        // WHEN the user's token calls (no data scope configured: user tokens do not need one)
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, USER_GET));

        // THEN success
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(ruleNames(d)).contains("A user-token call reads within the user's own range");
    }

    @Test
    void should_leave_the_result_unspecified_when_a_tenant_token_calls_contacts_without_a_data_scope() {
        // GIVEN a contacts permission enabled, no data scope configured
        AppState app = PermissionApps.custom().enabled(TENANT, BASE).build();

        // WHEN a tenant token calls
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET));

        // THEN the outcome is unspecified (the seed requires a data scope but does not say what happens without)
        then(d.outcome()).isNull();
        then(d.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(ruleNames(d)).contains("A tenant-token call to contacts or HR without a configured data scope");
    }

    @Test
    void should_withhold_user_id_and_still_succeed_when_the_field_permission_is_missing() {
        // GIVEN the API permission but not 获取用户 user ID
        AppState app = PermissionApps.custom().enabled(TENANT, BASE).dataScope().build();

        // WHEN the call asks for user_id and name
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET, "user_id", "name"));

        // THEN it succeeds, name comes back, user_id is withheld
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(d.fields()).containsExactly("name");
        then(d.withheld()).containsExactly("user_id");
    }

    @Test
    void should_return_user_id_when_the_field_permission_is_enabled() {
        // GIVEN both permissions
        AppState app = PermissionApps.custom().enabled(TENANT, BASE).enabled(TENANT, USER_ID).dataScope().build();

        // WHEN the call asks for user_id
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET, "user_id"));

        // THEN user_id comes back
        then(d.fields()).containsExactly("user_id");
        then(d.withheld()).isEmpty();
    }

    @Test
    void should_refuse_each_bad_token_as_documented_when_the_token_is_missing_invalid_or_expired() {
        // GIVEN an app with the permission
        AppState app = PermissionApps.custom().enabled(TENANT, BASE).enabled(USER, BASE).dataScope().build();

        // WHEN tokens are missing, invalid (tenant, user) or expired
        PermissionDecision missing = decide(app, new ApiCall(APP, TENANT, TokenStatus.MISSING, null, USER_GET, List.of()));
        PermissionDecision tenant = decide(app, new ApiCall(APP, TENANT, TokenStatus.INVALID, null, USER_GET, List.of()));
        PermissionDecision user = decide(app, new ApiCall(APP, USER, TokenStatus.INVALID, ALICE, USER_GET, List.of()));
        PermissionDecision expired = decide(app, new ApiCall(APP, TENANT, TokenStatus.EXPIRED, null, USER_GET, List.of()));

        // THEN every call fails; the codes are the spec's vendor constants (standing vendor-code), so unspecified,
        // the reason naming the constant's code and source, or naming no source at all
        then(List.of(missing, tenant, user, expired)).extracting(PermissionDecision::outcome).containsOnly(CallOutcome.FAIL);
        then(List.of(missing, tenant, user, expired)).allSatisfy(d -> then(d.isUnspecified(PermissionAspect.CODE)).isTrue());
        then(tenant.unspecified().get(PermissionAspect.CODE)).contains("99991663", "vendor constant", "fs-sdk-java-errors");
        then(user.unspecified().get(PermissionAspect.CODE)).contains("99991668", "vendor constant");
        then(missing.unspecified().get(PermissionAspect.CODE)).contains("99991661", "lark-cli-errors");
        then(expired.unspecified().get(PermissionAspect.CODE)).contains("no source gives the code");
    }

    @Test
    void should_refuse_a_user_token_when_the_api_takes_only_tenant_tokens() {
        // GIVEN an HR API that takes tenant tokens only
        AppState app = PermissionApps.custom().enabled(USER, "corehr:corehr:readonly").build();

        // WHEN a user token calls it
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, "corehr.v1.authorizations.get_by_param"));

        // THEN it fails, the code undocumented
        then(d.outcome()).isEqualTo(CallOutcome.FAIL);
        then(d.isUnspecified(PermissionAspect.CODE)).isTrue();
        then(ruleNames(d)).contains("A token of an identity the API does not accept is refused");
    }

    @Test
    void should_serve_an_api_that_needs_no_permission_when_called_with_a_user_token() {
        // GIVEN an app with nothing
        AppState app = PermissionApps.custom().build();

        // WHEN authen user_info is called
        PermissionDecision d = decide(app, ApiCall.asUser(APP, ALICE, "authen.v1.user_info.get"));

        // THEN it succeeds
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(ruleNames(d)).contains("An API that needs no permission is permitted");
    }

    @Test
    void should_let_the_developer_debug_with_their_own_user_token_when_the_permission_supports_it() {
        // GIVEN bitable:app applied (pending release) for users in a custom app
        AppState app = PermissionApps.custom().with(USER, "bitable:app", PENDING_RELEASE).build();

        // WHEN the developer's own user token calls, and another user's
        PermissionDecision dev = decide(app, ApiCall.asUser(APP, DEVELOPER, "bitable.v1.app_roles.create"));
        PermissionDecision other = decide(app, ApiCall.asUser(APP, ALICE, "bitable.v1.app_roles.create"));

        // THEN the developer is served without release, the other user is refused
        then(dev.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(ruleNames(dev)).contains("The developer's own user token debugs an applied permission without review");
        then(other.code()).isEqualTo(99991672L);
    }

    @Test
    void should_leave_developer_debugging_unspecified_when_the_sources_do_not_say_the_permission_supports_it() {
        // GIVEN a contacts permission applied for users (debug support not documented)
        AppState app = PermissionApps.custom().with(USER, BASE, PENDING_RELEASE).build();

        // WHEN the developer calls
        PermissionDecision d = decide(app, ApiCall.asUser(APP, DEVELOPER, USER_GET));

        // THEN unspecified
        then(d.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(ruleNames(d)).contains("Whether the developer's user token may debug this permission is not documented");
    }

    @Test
    void should_leave_the_result_unspecified_when_an_imported_permission_waits_for_its_data_scope() {
        // GIVEN a permission in the needs-data-scope state
        AppState app = PermissionApps.custom().with(TENANT, BASE, NEEDS_DATA_SCOPE).build();

        // WHEN a tenant token calls
        PermissionDecision d = decide(app, ApiCall.asTenant(APP, USER_GET));

        // THEN unspecified
        then(d.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(ruleNames(d)).contains("Imported permission whose data scope is not configured yet");
    }

    @Test
    void should_give_a_created_resource_to_the_app_or_to_the_user_when_created_with_that_token() {
        // GIVEN bitable:app for both identities, granted by the user
        AppState app = PermissionApps.custom().enabled(TENANT, "bitable:app").enabled(USER, "bitable:app")
                .userGrant(ALICE, "bitable:app").build();

        // WHEN a base is created with each token
        PermissionDecision asApp = decide(app, ApiCall.asTenant(APP, "bitable.v1.apps.create"));
        PermissionDecision asUser = decide(app, ApiCall.asUser(APP, ALICE, "bitable.v1.apps.create"));

        // THEN the owner follows the token
        then(asApp.resourceOwner()).isEqualTo(new ResourceOwner(OwnerKind.APP, APP));
        then(asUser.resourceOwner()).isEqualTo(new ResourceOwner(OwnerKind.USER, ALICE));
    }

    @Test
    void should_deliver_a_document_event_only_to_the_subscription_of_its_owner_or_manager_when_its_identity_holds_the_permission() {
        // GIVEN an app holding drive:drive for both identities, the permission the event is said to need
        AppState app = PermissionApps.custom().enabled(TENANT, "drive:drive").enabled(USER, "drive:drive").build();
        List<String> needs = List.of("drive:drive");

        // WHEN documents owned or managed by the app, by Alice or by someone else change
        PermissionDecision appOwned = decide(app, new EventDelivery(APP, TENANT, null, List.of(APP), needs));
        PermissionDecision appManaged = decide(app, new EventDelivery(APP, TENANT, null, List.of("ou_bob", APP), needs));
        PermissionDecision otherDoc = decide(app, new EventDelivery(APP, TENANT, null, List.of("ou_bob"), needs));
        PermissionDecision alices = decide(app, new EventDelivery(APP, USER, ALICE, List.of(ALICE), needs));
        PermissionDecision aliceManages = decide(app, new EventDelivery(APP, USER, ALICE, List.of("ou_bob", ALICE), needs));
        PermissionDecision bobs = decide(app, new EventDelivery(APP, USER, ALICE, List.of("ou_bob"), needs));

        // THEN each subscription sees only what its identity owns or manages
        then(appOwned.delivered()).isTrue();
        then(appManaged.delivered()).isTrue();
        then(otherDoc.delivered()).isFalse();
        then(alices.delivered()).isTrue();
        then(aliceManages.delivered()).isTrue();
        then(bobs.delivered()).isFalse();
    }

    @Test
    void should_not_deliver_a_document_event_when_the_subscription_identity_lacks_the_permission() {
        // GIVEN an app holding no permission, and one holding drive:drive for the tenant identity only
        AppState none = PermissionApps.custom().build();
        AppState tenantOnly = PermissionApps.custom().enabled(TENANT, "drive:drive").build();
        List<String> needs = List.of("drive:drive");

        // WHEN its own document (or Alice's, for her subscription) changes
        PermissionDecision noPermission = decide(none, new EventDelivery(APP, TENANT, null, List.of(APP), needs));
        PermissionDecision unnamedNone = decide(none, new EventDelivery(APP, TENANT, null, List.of(APP)));
        PermissionDecision otherIdentity = decide(tenantOnly, new EventDelivery(APP, USER, ALICE, List.of(ALICE), needs));
        PermissionDecision unnamedHeld = decide(tenantOnly, new EventDelivery(APP, TENANT, null, List.of(APP)));

        // THEN nothing is delivered without a permission of the identity; with one, unnamed, it is unspecified
        then(noPermission.delivered()).isFalse();
        then(unnamedNone.delivered()).isFalse();
        then(otherIdentity.delivered()).isFalse();
        then(unnamedHeld.isUnspecified(PermissionAspect.DELIVERED)).isTrue();
        then(unnamedHeld.unspecified().get(PermissionAspect.DELIVERED)).contains("event's permissions");
    }

    // ---------- review: apply

    @Test
    void should_enable_a_review_exempt_permission_right_after_applying_in_a_custom_app() {
        // GIVEN a custom app where the tenant admin made the permission review-exempt
        AppState app = PermissionApps.custom().level(BASE, PermissionLevel.REVIEW_EXEMPT).build();

        // WHEN the developer applies
        PermissionDecision d = decide(app, LifecycleAction.apply(APP, List.of(new PermissionRef(BASE, TENANT))));

        // THEN enabled
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    @Test
    void should_leave_a_review_required_permission_pending_release_after_applying_in_a_custom_app() {
        // GIVEN review-required
        AppState app = PermissionApps.custom().level(BASE, PermissionLevel.REVIEW_REQUIRED).build();

        // WHEN applied
        PermissionDecision d = decide(app, LifecycleAction.apply(APP, List.of(new PermissionRef(BASE, TENANT))));

        // THEN pending release
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, PENDING_RELEASE));
    }

    @Test
    void should_apply_the_two_identities_separately_when_both_are_applied_for() {
        // GIVEN a store app
        AppState app = PermissionApps.store().build();

        // WHEN both identities are applied for
        PermissionDecision d = decide(app, LifecycleAction.apply(APP,
                List.of(new PermissionRef(BASE, TENANT), new PermissionRef(BASE, USER))));

        // THEN two applications, both pending release
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, PENDING_RELEASE),
                new PermissionStatus(BASE, USER, PENDING_RELEASE));
    }

    @Test
    void should_enable_every_applied_permission_at_once_when_the_app_is_switched_to_its_test_version() {
        // GIVEN a custom app in its test version, the permission review-required in the formal version
        AppState app = PermissionApps.custom().level(BASE, PermissionLevel.REVIEW_REQUIRED).testVersion().build();

        // WHEN applied
        PermissionDecision d = decide(app, LifecycleAction.apply(APP, List.of(new PermissionRef(BASE, TENANT))));

        // THEN enabled at once
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    @Test
    void should_leave_the_state_unspecified_when_the_level_is_unknown_the_identity_wrong_or_the_permission_applied() {
        // GIVEN a custom app with no configured levels and one enabled permission
        AppState app = PermissionApps.custom().enabled(TENANT, "im:message").build();

        // WHEN applying for an unconfigured permission, a tenant-only permission as user, and the enabled one again
        PermissionDecision unknown = decide(app, LifecycleAction.apply(APP, List.of(new PermissionRef(BASE, TENANT))));
        PermissionDecision wrong = decide(app, LifecycleAction.apply(APP,
                List.of(new PermissionRef("im:message:send_as_bot", USER))));
        PermissionDecision again = decide(app, LifecycleAction.apply(APP, List.of(new PermissionRef("im:message", TENANT))));

        // THEN the states are unspecified, each with its rule
        then(List.of(unknown, wrong, again)).allSatisfy(d -> then(d.isUnspecified(PermissionAspect.STATES)).isTrue());
        then(ruleNames(unknown)).contains("A permission of unknown level: its state after applying is not known");
        then(ruleNames(wrong)).contains("Applying for a permission of an identity it does not have is not described");
        then(ruleNames(again)).contains("Applying for a permission the app already applied for is not described");
    }

    // ---------- review: versions

    static final VersionDraft V1 = new VersionDraft("1.0.0", "first release", List.of(new PermissionRef(BASE, TENANT)),
            List.of(), "we read the directory");

    @Test
    void should_enable_a_review_required_permission_only_after_create_submit_and_approve_when_the_app_is_custom() {
        // GIVEN a pending-release permission
        AppState pending = PermissionApps.custom().with(TENANT, BASE, PENDING_RELEASE).build();

        // WHEN a version is created, then submitted, then approved by the tenant admin
        PermissionDecision created = decide(pending, LifecycleAction.createVersion(APP, V1));
        AppState saved = PermissionApps.custom().with(TENANT, BASE, PENDING_RELEASE)
                .version(V1, VersionStatus.PENDING_APPLICATION).build();
        PermissionDecision submitted = decide(saved, LifecycleAction.submitVersion(APP));
        AppState inReview = PermissionApps.custom().with(TENANT, BASE, IN_REVIEW).version(V1, VersionStatus.IN_REVIEW).build();
        PermissionDecision approved = decide(inReview, LifecycleAction.approve(APP, Reviewer.TENANT_ADMIN));

        // THEN pending application → in review (permission in review) → approved (permission enabled)
        then(created.versionStatus()).isEqualTo(VersionStatus.PENDING_APPLICATION);
        then(created.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, PENDING_RELEASE));
        then(submitted.versionStatus()).isEqualTo(VersionStatus.IN_REVIEW);
        then(submitted.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, IN_REVIEW));
        then(approved.versionStatus()).isEqualTo(VersionStatus.APPROVED);
        then(approved.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    @Test
    void should_not_enable_the_permissions_when_the_tenant_admin_rejects_the_version() {
        // GIVEN a version in review
        AppState inReview = PermissionApps.custom().with(TENANT, BASE, IN_REVIEW).version(V1, VersionStatus.IN_REVIEW).build();

        // WHEN rejected
        PermissionDecision d = decide(inReview, LifecycleAction.reject(APP, Reviewer.TENANT_ADMIN));

        // THEN not enabled; the version's status and the exact state unspecified (the seed describes no rejection)
        then(d.isUnspecified(PermissionAspect.VERSION_STATUS)).isTrue();
        then(d.notEnabled()).containsExactly(new PermissionRef(BASE, TENANT));
        then(d.isUnspecified(PermissionAspect.STATES)).isTrue();
    }

    @Test
    void should_need_the_listing_review_and_then_the_tenant_admin_when_the_app_is_a_store_app() {
        // GIVEN a store version in review
        AppState inReview = PermissionApps.store().with(TENANT, BASE, IN_REVIEW).version(V1, VersionStatus.IN_REVIEW).build();
        AppState listed = PermissionApps.store().with(TENANT, BASE, IN_REVIEW)
                .version(V1, VersionStatus.IN_REVIEW, Reviewer.PLATFORM).build();

        // WHEN the platform approves, and then the tenant admin
        PermissionDecision platform = decide(inReview, LifecycleAction.approve(APP, Reviewer.PLATFORM));
        PermissionDecision admin = decide(listed, LifecycleAction.approve(APP, Reviewer.TENANT_ADMIN));
        PermissionDecision adminFirst = decide(inReview, LifecycleAction.approve(APP, Reviewer.TENANT_ADMIN));

        // THEN still in review after the listing review; enabled after the tenant admin's; the tenant admin's alone
        // enables nothing (its answer and the version's status not described)
        then(platform.versionStatus()).isEqualTo(VersionStatus.IN_REVIEW);
        then(platform.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, IN_REVIEW));
        then(admin.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
        then(adminFirst.notEnabled()).containsExactly(new PermissionRef(BASE, TENANT));
        then(adminFirst.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(ruleNames(adminFirst)).contains(
                "Store app: the tenant admin's approval without the platform's listing review enables nothing");
    }

    @Test
    void should_not_pass_the_listing_review_when_an_advanced_permission_comes_without_a_reason() {
        // GIVEN a store version asking for an advanced permission without a reason
        VersionDraft noReason = new VersionDraft("1.0.0", "notes", List.of(new PermissionRef(BASE, TENANT)), List.of(), null);
        AppState app = PermissionApps.store().level(BASE, PermissionLevel.ADVANCED).with(TENANT, BASE, IN_REVIEW)
                .version(noReason, VersionStatus.IN_REVIEW).build();

        // WHEN the platform reviews it
        PermissionDecision d = decide(app, LifecycleAction.approve(APP, Reviewer.PLATFORM));

        // THEN not approved, not enabled
        then(d.outcome()).isEqualTo(CallOutcome.FAIL);
        then(d.notEnabled()).containsExactly(new PermissionRef(BASE, TENANT));
    }

    @Test
    void should_set_a_store_apps_version_to_testing_when_set_as_the_test_version() {
        // GIVEN a saved store version
        AppState app = PermissionApps.store().version(V1, VersionStatus.PENDING_APPLICATION).build();

        // WHEN set as the test version
        PermissionDecision d = decide(app, LifecycleAction.switchToTestVersion(APP, "test-enterprise"));

        // THEN testing
        then(d.versionStatus()).isEqualTo(VersionStatus.TESTING);
    }

    @Test
    void should_enable_the_versions_permissions_in_the_test_version_when_a_store_app_sets_its_version_as_test() {
        // GIVEN a saved store version carrying a permission pending release
        AppState app = PermissionApps.store().with(TENANT, BASE, PENDING_RELEASE)
                .version(V1, VersionStatus.PENDING_APPLICATION).build();

        // WHEN set as the test version
        PermissionDecision d = decide(app, LifecycleAction.switchToTestVersion(APP, "test-enterprise"));

        // THEN the test version holds the permission enabled (callable without review in the test enterprise)
        then(d.versionStatus()).isEqualTo(VersionStatus.TESTING);
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    @Test
    void should_leave_the_version_status_unspecified_when_a_custom_app_switches_to_its_test_version() {
        // GIVEN a custom app / WHEN it switches to the test version
        PermissionDecision d = decide(PermissionApps.custom().build(),
                LifecycleAction.switchToTestVersion(APP, "test-enterprise"));

        // THEN success, the version status not named by the seed
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(d.isUnspecified(PermissionAspect.VERSION_STATUS)).isTrue();
    }

    @Test
    void should_report_the_test_versions_states_when_a_custom_app_switches_to_its_test_version() {
        // GIVEN a custom app on its formal version (im:message enabled) whose test version holds BASE enabled
        AppState onTest = PermissionApps.custom().enabled(TENANT, "im:message").testVersion().enabled(TENANT, BASE)
                .build();
        AppState app = new AppState(onTest.id(), onTest.tenant(), onTest.type(), onTest.developer(), false,
                onTest.dataScopeConfigured(), onTest.permissions(), onTest.testPermissions(), onTest.levels(),
                onTest.outOfRange(), onTest.version(), onTest.versionStatus(), onTest.approvals(),
                onTest.userGrants());

        // WHEN it switches to the test version
        PermissionDecision d = decide(app, LifecycleAction.switchToTestVersion(APP, "test-enterprise"));

        // THEN the states after are those of the version in use, the test version's, not the formal version's
        then(d.isUnspecified(PermissionAspect.STATES)).isFalse();
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    @Test
    void should_report_the_test_versions_states_when_a_store_app_sets_its_test_version() {
        // GIVEN a saved store version with im:message enabled in the formal version and nothing in the test version
        AppState app = PermissionApps.store().enabled(TENANT, "im:message")
                .version(V1, VersionStatus.PENDING_APPLICATION).build();

        // WHEN set as the test version
        PermissionDecision d = decide(app, LifecycleAction.switchToTestVersion(APP, "test-enterprise"));

        // THEN testing, and none of the formal version's permissions is reported for the version in use
        then(d.versionStatus()).isEqualTo(VersionStatus.TESTING);
        then(d.isUnspecified(PermissionAspect.STATES)).isFalse();
        then(d.statesAfter()).isEmpty();
    }

    @Test
    void should_not_carry_test_version_permissions_to_the_formal_version_when_switching_back() {
        // GIVEN a formal version without the permission and a test version where it is enabled
        AppState app = PermissionApps.custom().enabled(TENANT, "im:message").testVersion().enabled(TENANT, BASE).build();

        // WHEN switching back to the formal version
        PermissionDecision d = decide(app, LifecycleAction.switchToFormalVersion(APP));

        // THEN only the formal version's permissions are in force
        then(d.statesAfter()).containsExactly(new PermissionStatus("im:message", TENANT, ENABLED));
    }

    @Test
    void should_leave_a_store_release_unspecified_when_released_of_any_kind() {
        // GIVEN an approved store app / WHEN released in full
        AppState app = PermissionApps.store().version(V1, VersionStatus.APPROVED).build();
        PermissionDecision d = decide(app, LifecycleAction.release(APP, ReleaseKind.FULL));

        // THEN the seed names the kinds but not what they do
        then(d.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(ruleNames(d)).contains("Store app release kinds: what each does is not in the sources");
    }

    @Test
    void should_enable_permissions_waiting_for_a_data_scope_when_the_data_scope_is_configured() {
        // GIVEN a permission waiting for its data scope
        AppState app = PermissionApps.custom().with(TENANT, BASE, NEEDS_DATA_SCOPE).build();

        // WHEN the data scope is configured
        PermissionDecision d = decide(app, LifecycleAction.configureDataScope(APP));

        // THEN enabled
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, ENABLED));
    }

    // ---------- review: import and export

    @Test
    void should_import_only_new_applications_and_show_only_the_tabs_of_the_identities_it_involves() {
        // GIVEN a custom app with one applied permission and levels for the rest
        AppState app = PermissionApps.custom().enabled(USER, BASE).level(BASE, PermissionLevel.REVIEW_EXEMPT)
                .level("calendar:calendar", PermissionLevel.REVIEW_REQUIRED).build();

        // WHEN importing user permissions only, one of them already applied
        PermissionDecision d = decide(app, LifecycleAction.importJson(APP,
                "{\"scopes\":{\"user\":[\"" + BASE + "\",\"calendar:calendar\"]}}"));

        // THEN the applied one is filtered and untouched, the new one pending release, only the user tab shown
        then(d.outcome()).isEqualTo(CallOutcome.SUCCESS);
        then(d.imported().tenant()).isNull();
        then(d.imported().user()).containsExactly("calendar:calendar");
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, USER, ENABLED),
                new PermissionStatus("calendar:calendar", USER, PENDING_RELEASE));
    }

    @Test
    void should_enable_or_ask_for_a_data_scope_when_importing_review_exempt_permissions() {
        // GIVEN review-exempt permissions, no data scope
        AppState app = PermissionApps.custom().level(BASE, PermissionLevel.REVIEW_EXEMPT)
                .level("im:message", PermissionLevel.REVIEW_EXEMPT).build();

        // WHEN a contacts and an IM permission are imported for tenants
        PermissionDecision d = decide(app, LifecycleAction.importJson(APP,
                "{\"scopes\":{\"tenant\":[\"" + BASE + "\",\"im:message\"]}}"));

        // THEN the contacts one needs a data scope, the IM one is enabled
        then(d.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, NEEDS_DATA_SCOPE),
                new PermissionStatus("im:message", TENANT, ENABLED));
    }

    @Test
    void should_enable_imports_at_once_when_the_app_runs_its_test_version() {
        // GIVEN a store app in its test version
        AppState app = PermissionApps.store().testVersion().dataScope().build();

        // WHEN importing
        PermissionDecision d = decide(app, LifecycleAction.importJson(APP, "{\"scopes\":{\"tenant\":[\"im:message\"]}}"));

        // THEN enabled
        then(d.statesAfter()).containsExactly(new PermissionStatus("im:message", TENANT, ENABLED));
        then(ruleNames(d)).contains("Import into a test version: the permission is enabled");
    }

    @Test
    void should_leave_store_imports_pending_release_and_ask_test_version_imports_for_a_data_scope() {
        // GIVEN a store app, and a store app in its test version without a data scope
        AppState store = PermissionApps.store().build();
        AppState testing = PermissionApps.store().testVersion().build();

        // WHEN the same contacts permission is imported into each
        String json = "{\"scopes\":{\"tenant\":[\"" + BASE + "\"]}}";
        PermissionDecision pending = decide(store, LifecycleAction.importJson(APP, json));
        PermissionDecision scoped = decide(testing, LifecycleAction.importJson(APP, json));

        // THEN pending release in the store app; waiting for the data scope in the test version
        then(pending.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, PENDING_RELEASE));
        then(scoped.statesAfter()).containsExactly(new PermissionStatus(BASE, TENANT, NEEDS_DATA_SCOPE));
    }

    @Test
    void should_fail_with_the_documented_message_and_change_nothing_when_a_permission_is_unknown_or_out_of_range() {
        // GIVEN an app with one enabled permission and one permission outside its range
        AppState app = PermissionApps.custom().enabled(TENANT, "im:message").outOfRange("calendar:calendar").build();

        // WHEN importing an unknown key, and an out-of-range one
        PermissionDecision unknown = decide(app, LifecycleAction.importJson(APP, "{\"scopes\":{\"tenant\":[\"no:such\"]}}"));
        PermissionDecision range = decide(app, LifecycleAction.importJson(APP,
                "{\"scopes\":{\"tenant\":[\"calendar:calendar\"]}}"));

        // THEN both fail with the documented message, the app's states unchanged
        then(List.of(unknown, range)).allSatisfy(d -> {
            then(d.outcome()).isEqualTo(CallOutcome.FAIL);
            then(d.messagePatterns()).containsExactly("该权限不存在或该应用无权申请该权限");
            then(d.statesAfter()).containsExactly(new PermissionStatus("im:message", TENANT, ENABLED));
        });
    }

    @Test
    void should_leave_the_outcome_and_the_states_unspecified_when_the_import_json_is_malformed() {
        // GIVEN an app / WHEN the JSON is not the batch format
        AppState app = PermissionApps.custom().enabled(TENANT, "im:message").build();
        PermissionDecision d = decide(app, LifecycleAction.importJson(APP, "{\"scopes\":[\"im:message\""));

        // THEN seed 001 does not discuss such input: outcome, message and states unspecified
        then(d.isUnspecified(PermissionAspect.OUTCOME)).isTrue();
        then(d.isUnspecified(PermissionAspect.MESSAGE)).isTrue();
        then(d.isUnspecified(PermissionAspect.STATES)).isTrue();
        then(d.unspecified().get(PermissionAspect.OUTCOME)).contains("not the batch JSON");
    }

    @Test
    void should_flag_as_unneeded_the_applied_permissions_no_planned_call_accepts_when_an_export_has_a_plan() {
        // GIVEN calendar:calendar:readonly (accepted by the planned call), drive:drive and a user-identity permission
        AppState app = PermissionApps.custom().enabled(TENANT, "calendar:calendar:readonly")
                .with(TENANT, "drive:drive", PENDING_RELEASE).enabled(USER, BASE).build();

        // WHEN exported against a plan calling the calendar list with the tenant identity
        PermissionDecision d = ORACLE.decide(new PermissionSituation(MODEL, app, LifecycleAction.export(APP),
                List.of(ApiCall.asTenant(APP, "calendar.v4.calendars.list"))));

        // THEN least privilege flags drive:drive and the user-identity permission, not the calendar one
        then(d.unneeded()).containsExactlyInAnyOrder(new PermissionRef("drive:drive", TENANT),
                new PermissionRef(BASE, USER));
        then(ruleNames(d)).contains("Least privilege (guidance): scopes lint flags an applied permission no planned call accepts");
    }

    @Test
    void should_flag_nothing_and_leave_unneeded_null_without_a_plan() {
        // GIVEN an app with one permission
        AppState app = PermissionApps.custom().enabled(TENANT, "drive:drive").build();

        // WHEN exported with a plan that accepts it, and without a plan
        PermissionDecision planned = ORACLE.decide(new PermissionSituation(MODEL, app, LifecycleAction.export(APP),
                List.of(ApiCall.asTenant(APP, "drive.v1.files.list"))));
        PermissionDecision plain = decide(app, LifecycleAction.export(APP));

        // THEN nothing is flagged with the plan, and without one least privilege says nothing
        then(planned.unneeded()).isEmpty();
        then(ruleNames(planned)).contains(
                "Least privilege (guidance): scopes lint flags nothing unneeded when every applied permission serves a planned call");
        then(plain.unneeded()).isNull();
        then(ruleNames(plain)).noneMatch(n -> n.startsWith("Least privilege"));
    }

    @Test
    void should_export_the_pending_release_in_review_and_enabled_permissions_by_identity() {
        // GIVEN permissions in every state
        AppState app = PermissionApps.custom().with(TENANT, BASE, PENDING_RELEASE).with(TENANT, USER_ID, IN_REVIEW)
                .enabled(USER, "im:message").with(TENANT, "corehr:corehr", NEEDS_DATA_SCOPE).build();

        // WHEN exported
        PermissionDecision d = decide(app, LifecycleAction.export(APP));

        // THEN the three documented states, by identity
        then(d.export().scopes().tenant()).containsExactly(BASE, USER_ID);
        then(d.export().scopes().user()).containsExactly("im:message");
    }

    // ---------- bad input

    @Test
    void should_name_the_choices_when_the_api_or_the_model_is_unknown() {
        // GIVEN an app / WHEN an unknown API or model is asked / THEN the error lists the choices
        AppState app = PermissionApps.custom().build();
        assertThatThrownBy(() -> decide(app, ApiCall.asTenant(APP, "no.such.api")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contact.v3.users.get");
        assertThatThrownBy(() -> ORACLE.decide(new PermissionSituation("nope", app, LifecycleAction.export(APP))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("feishu-openplatform");
    }
}
