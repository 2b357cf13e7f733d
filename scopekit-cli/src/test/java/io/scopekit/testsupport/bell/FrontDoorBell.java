package io.scopekit.testsupport.bell;

import io.scopekit.target.TargetIdentity;

/** A bell a vendor would write, selected by {@code --target class:io.scopekit.testsupport.bell.FrontDoorBell}. */
public final class FrontDoorBell implements BellTarget {

    @Override
    public TargetIdentity identity() {
        return new TargetIdentity("front-door-bell", "1.0", "a door bell, for the third-domain tests");
    }
}
