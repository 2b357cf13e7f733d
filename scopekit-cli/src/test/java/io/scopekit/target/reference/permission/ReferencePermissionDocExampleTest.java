package io.scopekit.target.reference.permission;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.Identity;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the "Open platform" example of docs/reference-runtime.md, which DocExamplesTest compares with the marked lines. */
class ReferencePermissionDocExampleTest {

    @Test
    void should_withhold_user_id_when_the_documented_example_lacks_the_field_permission() {
        // doc-example:begin
        PlatformSession session = new ReferencePermissionTarget()                     // embedded specs
                .open(new PlatformSessionConfig("feishu-openplatform"));            // an empty world
        session.control().createTenant("tenant-1");                                 // control plane
        session.control().createApp("app-1", "tenant-1", AppType.CUSTOM, "dev-1", List.of());
        session.control().setLevel("app-1", "contact:contact.base:readonly", PermissionLevel.REVIEW_EXEMPT);
        session.perform(LifecycleAction.configureDataScope("app-1"));               // data plane: console steps
        session.perform(LifecycleAction.apply("app-1", List.of(
                new PermissionRef("contact:contact.base:readonly", Identity.TENANT))));
        PlatformObservation o = session.perform(                                    // and API calls
                ApiCall.asTenant("app-1", "contact.v3.users.get", "user_id")).orElseThrow();
        // o: success, code 0, fields [] — user_id needs contact:user.employee_id:readonly
        // doc-example:end
        then(o.code()).isZero();
        then(o.fields()).isEmpty();
    }
}
