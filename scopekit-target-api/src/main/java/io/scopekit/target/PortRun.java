package io.scopekit.target;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reports how a hosted port ran one call (the evidence a port host such as the Node host adds to an
 * {@link Observation}): the native calls it made into the container, how often each callback ran and what its
 * Promise did.
 *
 * @param nativeCalls the calls the port made into the container global, in order
 * @param success     how many times the port ran the app's {@code success} callback
 * @param fail        how many times it ran {@code fail}
 * @param complete    how many times it ran {@code complete}
 * @param promise     what the Promise the call returned did: {@code resolved}, {@code rejected}, {@code pending}
 *                    (never settled) or {@code none} (the call returned no Promise)
 * @param threw       the first line of what the call threw, or {@code null} when it returned
 * @param promiseForm what the Promise of the same call made separately in the Promise form (no callbacks; seed 002
 *                    §示例 shows the two forms as separate calls) did: {@code resolved}, {@code rejected},
 *                    {@code pending}, {@code none} or {@code error}; {@code null} when the host ran no such call
 */
@API(status = EXPERIMENTAL)
public record PortRun(List<NativeCall> nativeCalls, int success, int fail, int complete, String promise,
        @Nullable String threw, @Nullable String promiseForm) {

    /** A run as hosts before the separate Promise-form call reported it. */
    public PortRun(List<NativeCall> nativeCalls, int success, int fail, int complete, String promise,
            @Nullable String threw) {
        this(nativeCalls, success, fail, complete, promise, threw, null);
    }

    public PortRun {
        nativeCalls = List.copyOf(nativeCalls == null ? List.of() : nativeCalls);
        Objects.requireNonNull(promise, "promise");
    }

    /**
     * One call the port made into the container.
     *
     * @param api   the global and the API, e.g. {@code tt.authorize}
     * @param scope the scope the call asked for, in the container's words ({@code scope} of {@code authorize},
     *              {@code scopes} of Alipay's {@code getAuthCode}, {@code authType} of {@code showAuthGuide});
     *              {@code null} when it named none
     * @param args  the call's argument, functions written as {@code "[function]"}
     */
    public record NativeCall(String api, @Nullable String scope, Map<String, Object> args) {
        public NativeCall {
            Objects.requireNonNull(api, "api");
            args = args == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(args));
        }

        @Override
        public String toString() {
            return api + "(" + args + ")";
        }
    }

    /** Writes the native calls as one line of evidence: {@code tt.authorize({scope=scope.album, …})}. */
    public String evidence() {
        return nativeCalls.isEmpty() ? "no native call" : String.join("; ", nativeCalls.stream().map(NativeCall::toString).toList());
    }
}
