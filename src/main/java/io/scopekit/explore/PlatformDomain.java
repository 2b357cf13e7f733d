package io.scopekit.explore;

import io.scopekit.harness.RunResources;
import java.util.List;
import java.util.Set;

/** Open-platform sequences (feishu-openplatform). */
final class PlatformDomain {
    private PlatformDomain() {}

    static void add(List<Domain<?>> domains, RunResources resources, Set<String> fired) {
        // filled in below
    }
}
