package io.scopekit.testsupport.bell;

import io.scopekit.target.TargetIdentity;

/** The third domain's target SPI: a bell a vendor implements. It says who it is, and nothing else here. */
public interface BellTarget extends AutoCloseable {

    /** Says which bell this is. */
    TargetIdentity identity();

    @Override
    default void close() {}
}
