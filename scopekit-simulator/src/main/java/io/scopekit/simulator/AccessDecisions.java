package io.scopekit.simulator;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Takes the simulator's permission decisions: whether a call is served, refused and why, and which state an applied
 * permission takes. The simulator keeps state and speaks HTTP; every rule of seed 001 it applies comes through here,
 * so that it decides as the oracle does.
 */
@API(status = EXPERIMENTAL)
public interface AccessDecisions {

    /**
     * Decides one API call.
     *
     * @param call what the platform knows when the call arrives
     * @return the verdict
     */
    CallVerdict decideCall(CallFacts call);

    /**
     * Decides the state a permission takes right after it is applied for (in the console or by a batch import).
     *
     * @param apply what the platform knows when the application is made
     * @return the state
     */
    ApplicationState decideApply(ApplyFacts apply);

    /**
     * Decides whether a document-change event reaches a subscription (seed 001 §权限类型); empty when the rules leave
     * it open. Decisions that do not model events leave every delivery open.
     *
     * @param event what the platform knows when the event happens
     * @return whether it is delivered, if decided
     */
    default java.util.Optional<Boolean> decideEvent(EventFacts event) {
        return java.util.Optional.empty();
    }

    /**
     * Facts of one event delivery.
     *
     * @param app the subscribing app's id
     * @param tenant the tenant the app belongs to or is installed in
     * @param appType {@code custom} or {@code store}
     * @param identity the identity the subscription was made with, {@code tenant} or {@code user}
     * @param subscriber for a user-token subscription, the user; empty for a tenant token
     * @param owners who owns or manages the changed document: app ids and user ids
     * @param anyOf the permissions the event needs (any one suffices); empty when unnamed
     * @param states the app's applied permissions of that identity by state ({@link ApplicationState})
     */
    record EventFacts(String app, String tenant, String appType, String identity, String subscriber,
            List<String> owners, List<String> anyOf, java.util.Map<String, ApplicationState> states) {
        /** Copies the collections. */
        public EventFacts {
            owners = List.copyOf(owners);
            anyOf = List.copyOf(anyOf);
            states = java.util.Map.copyOf(states);
        }
    }

    /**
     * Facts of one API call.
     *
     * @param app the calling app's id
     * @param tenant the tenant the app belongs to or is installed in
     * @param developer the app developer's user id, empty when none is configured
     * @param owner for a user token, the user it stands for; empty for a tenant token
     * @param api catalog id of the API, e.g. {@code contact.v3.users.get}
     * @param identity identity of the token, {@code tenant} or {@code user}
     * @param appType app type of the calling app, {@code custom} or {@code store}
     * @param enabled permissions enabled for the app under this identity
     * @param applied permissions applied for under this identity and not yet enabled
     * @param developerToken the token is the app developer's own user_access_token
     * @param userGranted permissions the user granted to the token (user tokens only; empty otherwise)
     * @param dataScopeConfigured the app has a data scope configured (matters under tenant tokens)
     * @param fields response fields the caller would receive when permitted
     */
    record CallFacts(String app, String tenant, String developer, String owner, String api, String identity, String appType, Set<String> enabled, Set<String> applied,
            boolean developerToken, Set<String> userGranted, boolean dataScopeConfigured, List<String> fields) {
        /** Copies the collections. */
        public CallFacts {
            enabled = Set.copyOf(enabled);
            applied = Set.copyOf(applied);
            userGranted = Set.copyOf(userGranted);
            fields = List.copyOf(fields);
        }
    }

    /**
     * Facts of one application for a permission.
     *
     * @param permission permission key
     * @param identity identity it is applied for
     * @param appType {@code custom} or {@code store}
     * @param reviewExempt the tenant admin configured the permission review-exempt (custom apps)
     * @param testVersion the app is on its test version (test enterprise debugging)
     * @param imported applied by a batch import rather than in the console
     * @param dataScopeConfigured the app has a data scope configured
     */
    record ApplyFacts(String permission, String identity, String appType, boolean reviewExempt, boolean testVersion,
            boolean imported, boolean dataScopeConfigured) {}

    /** States of an applied permission, by the names seed 001 uses (待发布, 审核中, 已开通). */
    enum ApplicationState {
        /** 待发布: applied, waiting for a version to be released. */
        PENDING_RELEASE("pending-release"),
        /** 审核中: part of a version under review. */
        IN_REVIEW("in-review"),
        /** 已开通: in force. */
        ENABLED("enabled"),
        /** Imported and would be enabled, but its data scope must be configured first (seed 001, 批量导入权限). */
        NEEDS_DATA_SCOPE("needs-data-scope");

        private final String wireName;

        ApplicationState(String wireName) {
            this.wireName = wireName;
        }

        /** Returns the name used in the admin API. */
        public String wireName() {
            return wireName;
        }
    }

    /** The outcome of a call. */
    sealed interface CallVerdict permits Served, Refused {}

    /**
     * The call is served.
     *
     * @param withheldFields response fields left out for want of their field permission
     * @param owner for a call that creates a resource, who owns it (seed 001 §权限类型, 多维表格); {@code null}
     *     otherwise
     */
    record Served(Set<String> withheldFields, io.scopekit.permission.@org.jspecify.annotations.Nullable
            ResourceOwner owner) implements CallVerdict {
        /** Copies the set. */
        public Served {
            withheldFields = Set.copyOf(withheldFields);
        }

        /** A call that creates nothing. */
        public Served(Set<String> withheldFields) {
            this(withheldFields, null);
        }
    }

    /**
     * The call is refused.
     *
     * @param reason why
     * @param permissions the permissions any one of which would have served the call (empty when not about one)
     * @param rule the rule or passage that decided, for logs and explanations
     */
    record Refused(Reason reason, List<String> permissions, String rule) implements CallVerdict {
        /** Copies the list. */
        public Refused {
            permissions = List.copyOf(permissions);
        }
    }

    /** Why a call is refused. */
    enum Reason {
        /** The rules refuse (or leave the outcome open) without a documented code; {@code rule} says why. */
        UNSPECIFIED,
        /** The app holds none of the API's permissions for the token's identity (99991672). */
        APP_PERMISSION_MISSING,
        /** The user has not granted any of the API's permissions to the user token (99991679). */
        USER_GRANT_MISSING,
        /** The API does not take tokens of this identity. */
        TOKEN_TYPE_NOT_ACCEPTED,
        /** A tenant-token call to contacts or HR without a configured data scope. */
        DATA_SCOPE_MISSING
    }
}
