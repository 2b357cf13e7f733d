package io.scopekit.testsupport;

import com.cedarpolicy.AuthorizationEngine;
import com.cedarpolicy.BasicAuthorizationEngine;
import com.cedarpolicy.model.AuthorizationRequest;
import com.cedarpolicy.model.AuthorizationResponse;
import com.cedarpolicy.model.exception.AuthException;
import com.cedarpolicy.model.exception.InternalException;
import com.cedarpolicy.model.policy.PolicySet;
import com.cedarpolicy.model.entity.Entity;
import com.cedarpolicy.value.EntityTypeName;
import com.cedarpolicy.value.EntityUID;
import com.cedarpolicy.value.PrimBool;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.Situation;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.ScopeStatus;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.Version;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The allow/deny part of the consent decision for API calls, asked of Cedar ({@code cedar/consent.cedar}): a
 * comparator engine for the oracle benchmark. Each call turns the situation into a Cedar request, as the oracle
 * turns it into a rule fact; scope facts (gate, cancelled) come from the same specs.
 */
public final class CedarConsent {
    private static final EntityTypeName USER = EntityTypeName.parse("User").orElseThrow();
    private static final EntityTypeName SCOPE = EntityTypeName.parse("Scope").orElseThrow();
    private static final EntityUID CALL_API = EntityTypeName.parse("Action").orElseThrow().of("CallApi");
    private static final EntityUID PRINCIPAL = USER.of("user");

    private final AuthorizationEngine engine = new BasicAuthorizationEngine();
    private final PolicySet policies;
    private final Map<String, Map<String, ScopeSpec>> scopeOfApi = new HashMap<>();

    public CedarConsent(SpecCatalog catalog) {
        try (InputStream in = CedarConsent.class.getResourceAsStream("/cedar/consent.cedar")) {
            policies = PolicySet.parsePolicies(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            // The native side keeps the parsed policies, so a decision does not ship the policy text again.
            policies.cache();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InternalException | com.cedarpolicy.model.exception.CacheException e) {
            throw new IllegalStateException("cedar/consent.cedar: " + e.getMessage(), e);
        }
        for (ClientPlatformSpec p : catalog.clientPlatforms()) {
            Map<String, ScopeSpec> byApi = new HashMap<>();
            for (ScopeSpec s : p.scopes()) {
                s.apis().forEach(a -> byApi.put(a, s));
            }
            scopeOfApi.put(p.id(), byApi);
        }
    }

    /** True when Cedar allows the call in {@code s} (a {@code call-api} on a client platform). */
    public boolean allows(Situation s) {
        AuthorizationResponse response = authorize(s);
        return response.success.orElseThrow(() -> new IllegalStateException("cedar: " + response.errors))
                .isAllowed();
    }

    /** Cedar's full response for the call in {@code s}. */
    public AuthorizationResponse authorize(Situation s) {
        if (s.action().type() != ActionType.CALL_API || s.container() != null) {
            throw new IllegalArgumentException("the Cedar comparator covers calls on client platforms only: " + s);
        }
        ScopeSpec scope = scopeOfApi.get(s.platform()).get(s.action().api());
        RecordState record = s.records().getOrDefault(scope.id(), RecordState.NEVER_ASKED);
        boolean gateReached = s.clientVersion() == null
                || scope.gateRequiresAuthorization(Version.parse(s.clientVersion()));
        Map<String, Value> attrs = new HashMap<>(4);
        attrs.put("record", new PrimString(record.wireName()));
        attrs.put("gateReached", new PrimBool(gateReached));
        attrs.put("cancelled", new PrimBool(scope.status() == ScopeStatus.CANCELLED));
        Entity resource = new Entity(SCOPE.of(s.platform() + "/" + scope.id()), attrs, Set.of());
        Entity principal = new Entity(PRINCIPAL, Map.of(), Set.of());
        Map<String, Value> context = Map.of("answer",
                new PrimString(s.consentAnswer() == null ? "none" : s.consentAnswer().wireName()));
        AuthorizationRequest request = new AuthorizationRequest(principal.getEUID(), CALL_API, resource.getEUID(),
                context);
        try {
            return engine.isAuthorized(request, policies, Set.of(principal, resource));
        } catch (AuthException e) {
            throw new IllegalStateException("cedar: " + e.getMessage(), e);
        }
    }
}
