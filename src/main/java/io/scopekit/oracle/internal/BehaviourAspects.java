package io.scopekit.oracle.internal;

import io.scopekit.consent.Aspect;
import java.util.List;
import java.util.Map;

/**
 * Which decision aspects each {@code behaviour} key of the spec format governs, so that an {@code unspecified}
 * value marks exactly those aspects unspecified. A property of the spec format, the same for every platform.
 */
final class BehaviourAspects {
    private static final List<Aspect> CALL =
            List.of(Aspect.OUTCOME, Aspect.ERR_MSG, Aspect.ERRNO, Aspect.PROMPTS, Aspect.RECORDS);

    private static final Map<String, List<Aspect>> AFFECTS = Map.ofEntries(
            Map.entry("grantedCall", CALL),
            Map.entry("neverAskedCall", CALL),
            Map.entry("deniedCall", CALL),
            Map.entry("authorizeAhead", CALL),
            Map.entry("authorizeWhenDenied", CALL),
            Map.entry("denyErrMsg", List.of(Aspect.ERR_MSG, Aspect.ERRNO)),
            Map.entry("getSetting", List.of(Aspect.OUTCOME, Aspect.AUTH_SETTING, Aspect.PROMPTS, Aspect.RECORDS)),
            Map.entry("settingsPageLists", List.of(Aspect.SETTINGS_LIST, Aspect.RECORDS)),
            Map.entry("openSettingToggle", List.of(Aspect.RECORDS)),
            Map.entry("recordKept", List.of(Aspect.RECORDS)),
            Map.entry("deleteApp", List.of(Aspect.RECORDS)),
            Map.entry("recordSync", List.of(Aspect.RECORDS)),
            Map.entry("osPromptOrder", List.of(Aspect.PROMPTS)));

    private BehaviourAspects() {}

    static List<Aspect> of(String key) {
        List<Aspect> aspects = AFFECTS.get(key);
        if (aspects == null) {
            throw new IllegalArgumentException("unknown behaviour key '" + key + "' (expected one of: "
                    + String.join(", ", new java.util.TreeSet<>(AFFECTS.keySet())) + ")");
        }
        return aspects;
    }
}
