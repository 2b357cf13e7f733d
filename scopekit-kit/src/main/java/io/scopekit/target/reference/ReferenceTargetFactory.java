package io.scopekit.target.reference;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import org.apiguardian.api.API;

/** Registers the reference runtime as target {@code reference} for {@link java.util.ServiceLoader}. */
@API(status = EXPERIMENTAL)
public final class ReferenceTargetFactory implements TargetFactory {

    /** Creates the factory; called by {@link java.util.ServiceLoader}. */
    public ReferenceTargetFactory() {}

    @Override
    public String name() {
        return ReferenceTarget.NAME;
    }

    @Override
    public Target create() {
        return new ReferenceTarget();
    }
}
