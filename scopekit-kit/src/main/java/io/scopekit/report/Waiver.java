package io.scopekit.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.check.CheckRecord;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * Accepts known failures of one requirement so they are shown as waived instead of failing the run.
 *
 * @param requirement requirement id the waiver covers (required)
 * @param platform    platform id; {@code null} matches every platform
 * @param scope       scope id; {@code null} matches every scope
 * @param aspect      aspect name; {@code null} matches every aspect
 * @param reason      why the failure is accepted (required)
 * @param expires     last day the waiver applies; {@code null} for no end
 * @param line        line of the entry in the waivers file, for messages
 */
@API(status = EXPERIMENTAL)
public record Waiver(
        String requirement, String platform, String scope, String aspect, String reason, LocalDate expires, int line) {

    /** Returns true when this waiver covers {@code check}. */
    public boolean matches(CheckRecord check) {
        return requirement.equals(check.requirement())
                && (platform == null || platform.equals(check.platform()))
                && (scope == null || scope.equals(check.scope()))
                && (aspect == null || aspect.equals(check.aspect()));
    }

    /** Returns true when the waiver has an end date before {@code today}. */
    public boolean expiredOn(LocalDate today) {
        return expires != null && expires.isBefore(today);
    }
}
