package io.scopekit.example;

import io.scopekit.target.ControlOperation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.Set;

/**
 * Stands in for a vendor's runtime adapter: a public Target with a no-arg constructor (here backed by the reference
 * runtime). docs/target-api.md shows a target written from scratch ({@link MemoryTarget}).
 */
public final class ExampleVendorTarget implements Target {
    private final Target runtime = new ReferenceTarget();

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("example-vendor", "1.0.0", "example vendor runtime (reference runtime inside)");
    }

    /** The sessions are the runtime's, so they offer what its sessions offer. */
    @Override
    public Set<ControlOperation> controlOperations() {
        return runtime.controlOperations();
    }

    @Override
    public TargetSession open(SessionConfig config) {
        return runtime.open(config);
    }

    @Override
    public void close() {
        runtime.close();
    }
}
