package io.scopekit.oracle;

import static io.scopekit.permission.Identity.TENANT;
import static io.scopekit.permission.Identity.USER;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.VersionStatus;
import io.scopekit.testsupport.PermissionApps;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The permission oracle reuses one Drools session per thread, so a decision's facts must be gone from it afterwards
 * (as {@link RequestRetentionTest} checks for the consent oracle).
 */
class PermissionRetentionTest {

    @Test
    void should_release_every_apps_state_when_its_decisions_are_done() {
        // GIVEN situations of several kinds, each app's (non-empty, so not shared) permission list reachable only
        // through a weak reference
        PermissionOracle oracle = PermissionOracles.embedded();
        String base = "contact:contact.base:readonly";
        List<WeakReference<List<PermissionStatus>>> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            List<AppState> apps = List.of(PermissionApps.custom().enabled(TENANT, base).dataScope().build(),
                    PermissionApps.custom().enabled(TENANT, "im:message").build(),
                    PermissionApps.custom().enabled(USER, base).build(),
                    PermissionApps.custom().enabled(TENANT, "im:message").level(base, PermissionLevel.REVIEW_EXEMPT).build(),
                    PermissionApps.custom().with(TENANT, base, io.scopekit.permission.PermissionState.IN_REVIEW)
                            .version(null, VersionStatus.IN_REVIEW).build());
            List<PlatformRequest> requests = List.of(ApiCall.asTenant(PermissionApps.APP, "contact.v3.users.get", "user_id"),
                    ApiCall.asTenant(PermissionApps.APP, "contact.v3.users.get"),
                    ApiCall.asUser(PermissionApps.APP, "ou_alice", "contact.v3.users.get"),
                    LifecycleAction.apply(PermissionApps.APP, List.of(new PermissionRef(base, TENANT))),
                    LifecycleAction.approve(PermissionApps.APP, Reviewer.TENANT_ADMIN));
            for (int k = 0; k < apps.size(); k++) {
                held.add(new WeakReference<>(apps.get(k).permissions()));
                // WHEN the oracle decides it
                then(oracle.decide(new PermissionSituation("feishu-openplatform", apps.get(k), requests.get(k)))
                        .firedRules()).isNotEmpty();
            }
        }
        // (and, as in RequestRetentionTest, other decisions of the same kinds follow: a session may keep the last
        // fact that went down a path until the next one does, which is bounded, unlike the leak this test guards)
        AppState other = PermissionApps.store().enabled(TENANT, "im:message").build();
        for (int k = 0; k < 5; k++) {
            oracle.decide(new PermissionSituation("feishu-openplatform", other,
                    ApiCall.asTenant(PermissionApps.APP, "im.v1.messages.create")));
            oracle.decide(new PermissionSituation("feishu-openplatform", other, LifecycleAction.export(PermissionApps.APP)));
            AppState exempt = PermissionApps.custom().level(base, PermissionLevel.REVIEW_EXEMPT).build();
            oracle.decide(new PermissionSituation("feishu-openplatform", exempt, LifecycleAction.apply(PermissionApps.APP,
                    List.of(new PermissionRef(base, TENANT)))));
        }
        // THEN after garbage collection no app state is still held by the oracle
        for (int round = 0; round < 20 && held.stream().anyMatch(r -> r.get() != null); round++) {
            System.gc();
        }
        List<Integer> reachable = new ArrayList<>();
        for (int i = 0; i < held.size(); i++) {
            if (held.get(i).get() != null) {
                reachable.add(i);
            }
        }
        then(reachable).as("app states (by index) still reachable").isEmpty();
    }
}
