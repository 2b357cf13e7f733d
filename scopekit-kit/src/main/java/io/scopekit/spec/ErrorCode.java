package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.Optional;

/**
 * Describes an error code of a permission model and the situation it signals.
 *
 * @param code the numeric code, e.g. 99991672
 * @param when the situation, e.g. {@code app-permission-missing}
 * @param violationType the violation type reported with it, if documented
 * @param standing {@value #PLATFORM_DOCUMENTATION} when the platform's own documentation gives the code (the oracle
 *        expects it), {@value #VENDOR_CODE} when only a vendor SDK or tool names it (an SDK constant is not the
 *        platform's documentation: the oracle leaves the code unspecified; targets may still answer it)
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record ErrorCode(long code, String when, Optional<String> violationType, String standing, Source source) {
    public static final String PLATFORM_DOCUMENTATION = "platform-documentation";
    public static final String VENDOR_CODE = "vendor-code";

    /** True when the platform's own documentation gives the code. */
    public boolean platformDocumented() {
        return PLATFORM_DOCUMENTATION.equals(standing);
    }
}
