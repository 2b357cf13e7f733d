package io.scopekit.testsupport;

import io.scopekit.permission.ApiCall;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.permission.PermissionTarget;
import io.scopekit.target.permission.PlatformControl;
import io.scopekit.target.permission.PlatformResult;
import io.scopekit.target.permission.PlatformSession;
import io.scopekit.target.permission.PlatformSessionConfig;
import io.scopekit.target.reference.permission.ReferencePermissionTarget;
import java.util.List;

/** A non-conforming platform for tests: the reference, except that every API call is refused with code 1. */
public final class RefusingPlatformTarget implements PermissionTarget {
    private final ReferencePermissionTarget reference = new ReferencePermissionTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("refusing", "test", "refuses every API call");
    }

    @Override
    public PlatformSession open(PlatformSessionConfig config) {
        PlatformSession inner = reference.open(config);
        return new PlatformSession() {
            @Override
            public PlatformControl control() {
                return inner.control();
            }

            @Override
            public PlatformResult perform(PlatformRequest request) {
                if (request instanceof ApiCall) {
                    return new PlatformResult.Observed(new PlatformObservation(CallOutcome.FAIL, 400, 1L, "refused",
                            List.of(), null, null, List.of(), null, null, null, null));
                }
                return inner.perform(request);
            }
        };
    }
}
