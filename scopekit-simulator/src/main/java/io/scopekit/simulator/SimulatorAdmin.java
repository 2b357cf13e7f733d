package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulator's admin API (docs/simulator.md, "Admin API"): the consoles' steps and the world's control plane.
 * {@link FeishuSimulator#admin()} is the in-process implementation, {@link HttpSimulatorAdmin} the same operations over
 * HTTP, and the simulator serves each one at its {@link AdminRoute}. An operation returns the JSON the admin API
 * answers with (the {@code data} member) and throws {@link SimulatorAdminException} when it is refused; a refused
 * operation changes nothing.
 */
@API(status = EXPERIMENTAL)
public interface SimulatorAdmin {

    /** Adds a tenant; {@code name} may be empty (the key is used). Returns {@code {"key"}}. */
    ObjectNode createTenant(String key, String name);

    /**
     * Adds a user to a tenant; {@code userId} and {@code name} may be empty (the open id is used). Returns
     * {@code {"openId"}}.
     */
    ObjectNode createUser(String tenant, String openId, String userId, String name);

    /** Adds an app; returns the app as {@link #app} does. */
    ObjectNode createApp(NewApp app);

    /** Returns the app: applications (identity, permission, state, test) and versions. */
    ObjectNode app(String app);

    /** Returns the batch export document {@code {"scopes":{"tenant":[…],"user":[…]}}} (批量导出权限). */
    ObjectNode export(String app);

    /** Imports a batch export document given as its text (批量导入权限): all or nothing. */
    ObjectNode importScopes(String app, String document);

    /** Applies for permissions (开通权限); the body is a document as for {@link #importScopes}. */
    ObjectNode apply(String app, String document);

    /** Creates a version carrying the pending-release permissions. */
    ObjectNode createVersion(String app, VersionForm version);

    /** Takes a step of a version; {@code reviewer} (approve only) may be empty for the tenant admin. */
    ObjectNode versionStep(String app, String version, VersionStep step, String reviewer);

    /** Switches to ({@code true}) or from the test version. */
    ObjectNode switchTestVersion(String app, boolean on);

    /** Sets a permission's level: {@code review-exempt}, {@code review-required}, {@code normal} or {@code advanced}. */
    ObjectNode setLevel(String app, String permission, String level);

    /** Configures ({@code true}) or clears the app's data scope. */
    ObjectNode setDataScope(String app, boolean on);

    /**
     * Changes a document and says whether the change event reaches the app's subscription (seed 001 §权限类型):
     * {@code {"delivered": true|false}}, or {@code {"unspecified": "…"}} where the rules leave it open.
     */
    ObjectNode deliverEvent(String app, EventForm event);

    /**
     * A document-change event and the subscription it may reach.
     *
     * @param identity the identity the subscription was made with, {@code tenant} or {@code user}
     * @param subscriber for a user-token subscription, the user's open id; empty for a tenant token
     * @param owners who owns or manages the changed document: app ids and users' open ids
     * @param anyOf the permissions the event needs (any one suffices); empty when unnamed
     */
    record EventForm(String identity, String subscriber, List<String> owners, List<String> anyOf) {
        /** Copies the lists. */
        public EventForm {
            owners = List.copyOf(owners);
            anyOf = List.copyOf(anyOf);
        }
    }

    /**
     * An app to add.
     *
     * @param id the app id
     * @param secret its secret
     * @param type {@code custom} or {@code store}
     * @param tenant the tenant it belongs to or is installed in
     * @param developer the developer's open id; empty when none
     * @param outOfRange permissions outside the app's availability range
     */
    record NewApp(String id, String secret, String type, String tenant, String developer, List<String> outOfRange) {
        /** Copies the list. */
        public NewApp {
            outOfRange = List.copyOf(outOfRange);
        }
    }

    /**
     * A version's form.
     *
     * @param version its number, e.g. {@code 1.0.0}
     * @param notes release notes; may be empty
     * @param availability who may use it; may be empty
     * @param reason the reason for its permissions; may be empty
     */
    record VersionForm(String version, String notes, String availability, String reason) {}

    /** The steps of a version, by their names in the admin API's paths. */
    enum VersionStep {
        /** 申请线上发布: its permissions go in review. */
        SUBMIT("submit"),
        /** A reviewer approves it. */
        APPROVE("approve"),
        /** Rejected: its permissions back to pending release. */
        REJECT("reject"),
        /** Set as the test version (测试中). */
        TEST("test");

        private final String pathName;

        VersionStep(String pathName) {
            this.pathName = pathName;
        }

        /** Returns the name used in the path. */
        public String pathName() {
            return pathName;
        }

        /** Returns the step named {@code name} in a path, or {@code null}. */
        public static VersionStep fromPathName(String name) {
            for (VersionStep s : values()) {
                if (s.pathName.equals(name)) {
                    return s;
                }
            }
            return null;
        }
    }
}
