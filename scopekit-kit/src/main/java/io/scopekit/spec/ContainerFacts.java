package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A client platform's container as its own pages describe it ({@code container:} of a client-platform spec): the
 * global the APIs hang from, the consent APIs it has, with the base-library version a page gives and the fields of
 * their success and failure results, and the consent APIs its pages show it has not (Alipay has no
 * {@code my.authorize}).
 *
 * @param global the global object, e.g. {@code tt}
 * @param apis the consent APIs, in file order
 * @param absent consent APIs the platform has not, in file order
 */
@API(status = EXPERIMENTAL)
public record ContainerFacts(String global, List<ConsentApi> apis, List<AbsentApi> absent) {

    /** Creates the facts; lists are copied. */
    public ContainerFacts {
        Objects.requireNonNull(global, "global");
        apis = List.copyOf(apis);
        absent = List.copyOf(absent);
    }

    /** Finds a consent API by its full name ({@code tt.authorize}). */
    public Optional<ConsentApi> api(String name) {
        return apis.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** Tells whether the pages show the platform has no API of this full name. */
    public boolean documentsAbsent(String name) {
        return absent.stream().anyMatch(a -> a.name().equals(name));
    }

    /**
     * One consent API.
     *
     * @param name full name, e.g. {@code tt.authorize}
     * @param since base-library version it exists from, when a page gives one
     * @param status {@code available}, {@code deprecated} or {@code offline}
     * @param success documented fields of the success result
     * @param failure documented fields of the failure result
     * @param authSettingKeys the authSetting keys a settings API returns, when the page lists them
     * @param scopes the scopes the API asks the user for, when its page lists them (Alipay's my.getAuthCode takes
     *     auth_base, auth_user, auth_zhima); on a container without {@code authorize} the kit's ahead-of-use request
     *     for one of them is answered by this API
     * @param source where this is documented
     */
    public record ConsentApi(String name, Optional<Version> since, String status, List<ResultField> success,
            List<ResultField> failure, List<String> authSettingKeys, Optional<ScopesTaken> scopes, Source source) {
        /** Creates the API; lists are copied. */
        public ConsentApi {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(status, "status");
            success = List.copyOf(success);
            failure = List.copyOf(failure);
            authSettingKeys = List.copyOf(authSettingKeys);
        }

        /** The failure field names in file order ({@code error, errorMessage} on Alipay). */
        public List<String> failureFields() {
            return failure.stream().map(ResultField::field).toList();
        }

        /** Tells whether the API's page lists {@code scope} among the scopes it asks for. */
        public boolean takes(String scope) {
            return scopes.map(s -> s.ids().contains(scope)).orElse(false);
        }
    }

    /**
     * The scopes a consent API asks the user for, as its page lists them.
     *
     * @param ids scope ids, each declared in the spec's {@code scopes:}
     * @param source the page section listing them
     */
    public record ScopesTaken(List<String> ids, Source source) {
        /** Creates the list; copied. */
        public ScopesTaken {
            ids = List.copyOf(ids);
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * Finds the consent API that answers an ahead-of-use request for {@code scope} on a container whose pages show
     * it has no {@code <global>.authorize}: the API whose page lists the scope. Empty when the container has its own
     * authorize (or the facts do not say it lacks one), or when no API takes the scope.
     */
    public Optional<ConsentApi> answeringAuthorize(String scope) {
        if (!documentsAbsent(global + ".authorize")) {
            return Optional.empty();
        }
        return apis.stream().filter(a -> a.takes(scope)).findFirst();
    }

    /** Tells whether the pages show the container has no {@code <global>.authorize}. */
    public boolean lacksAuthorize() {
        return documentsAbsent(global + ".authorize");
    }

    /**
     * The failure fields of {@code api}: its own when the container lists it, else the container's convention, taken
     * from its listed APIs (every listed failure shape carries {@code error} and none {@code errMsg}: Alipay).
     * Empty when nothing is documented, which keeps the WeChat-style {@code errMsg}.
     */
    public List<String> failureFieldsOf(String api) {
        Optional<ConsentApi> own = api(api).filter(a -> !a.failure().isEmpty());
        if (own.isPresent()) {
            return own.get().failureFields();
        }
        List<List<String>> shapes = apis.stream().map(ConsentApi::failureFields).filter(f -> !f.isEmpty()).toList();
        if (!shapes.isEmpty() && shapes.stream().allMatch(f -> f.contains("error") && !f.contains("errMsg"))) {
            return List.of("error", "errorMessage");
        }
        return List.of();
    }

    /**
     * One documented result field.
     *
     * @param field field name, e.g. {@code errMsg}
     * @param value the documented value or prefix, e.g. {@code authorize:fail}
     * @param since base-library version from which the field is documented
     */
    public record ResultField(String field, Optional<String> value, Optional<Version> since) {
        /** Renders {@code errMsg="authorize:ok"@1.13.0}. */
        @Override
        public String toString() {
            return field + value.map(v -> "=\"" + v + "\"").orElse("") + since.map(v -> "@" + v).orElse("");
        }
    }

    /**
     * A consent API the platform has not.
     *
     * @param name full name, e.g. {@code my.authorize}
     * @param source the page showing it
     */
    public record AbsentApi(String name, Source source) {}
}
