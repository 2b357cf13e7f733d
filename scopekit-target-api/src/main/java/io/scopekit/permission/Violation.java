package io.scopekit.permission;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One entry of a Feishu error body's {@code error.permission_violations[]}.
 *
 * @param type    e.g. {@code action_scope_required} (99991672) or {@code action_privilege_required} (99991679)
 * @param subject the permission key the call needed
 */
@API(status = EXPERIMENTAL)
public record Violation(String type, String subject) {
    /** {@code type} of a permission the app has not got (99991672). */
    public static final String ACTION_SCOPE_REQUIRED = "action_scope_required";
    /** {@code type} of a permission the user has not granted (99991679). */
    public static final String ACTION_PRIVILEGE_REQUIRED = "action_privilege_required";

    public Violation {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
    }
}
