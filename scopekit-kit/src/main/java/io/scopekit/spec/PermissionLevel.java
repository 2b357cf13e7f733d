package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

import java.util.List;

/**
 * Describes a permission level of an app type: when a permission of that level takes effect and who reviews it.
 *
 * @param id level id, e.g. {@code review-required}
 * @param takesEffect {@code on-apply} or {@code after-version-approved}
 * @param reviewers who reviews ({@code platform}, {@code tenant-admin}); empty when nobody
 * @param source where it is documented
 */
@API(status = EXPERIMENTAL)
public record PermissionLevel(String id, String takesEffect, List<String> reviewers, Source source) {
    /** Creates the level; the list is copied. */
    public PermissionLevel {
        reviewers = List.copyOf(reviewers);
    }
}
