package io.scopekit.spec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.scopekit.spec.internal.CatalogLoader;
import io.scopekit.spec.internal.SpecKinds;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Holds every spec of a specs directory, validated and cross-checked, and answers the lookups oracles and runtimes
 * need.
 */
@API(status = EXPERIMENTAL)
public final class SpecCatalog {

    private final Map<String, Spec> specs;
    /** Platforms by {@link #phraseKey(String) phrase key}, in load order. */
    private final Map<String, ClientPlatformSpec> platformsByPhrase;

    /**
     * Creates a catalog from already validated specs; most callers want {@link #load(Path)} instead.
     *
     * @param specs the specs, ids unique; order is kept (the loader sorts by file name)
     */
    public SpecCatalog(List<? extends Spec> specs) {
        Map<String, Spec> byId = new LinkedHashMap<>();
        for (Spec spec : specs) {
            if (byId.putIfAbsent(spec.id(), spec) != null) {
                throw new IllegalArgumentException("duplicate spec id '" + spec.id() + "'");
            }
        }
        this.specs = Collections.unmodifiableMap(byId);
        Map<String, ClientPlatformSpec> byPhrase = new LinkedHashMap<>();
        for (ClientPlatformSpec platform : ofType(ClientPlatformSpec.class)) {
            for (String phrase : platform.phrases()) {
                ClientPlatformSpec prev = byPhrase.putIfAbsent(phraseKey(phrase), platform);
                if (prev != null && prev != platform) {
                    throw new IllegalArgumentException("phrase '" + phrase + "' names platforms '" + prev.id()
                            + "' and '" + platform.id() + "'");
                }
            }
        }
        this.platformsByPhrase = Collections.unmodifiableMap(byPhrase);
    }

    /**
     * Loads, validates and cross-checks every {@code *.yaml}/{@code *.yml} file directly inside {@code dir}.
     *
     * @param dir the specs directory, e.g. {@code platform-specs}
     * @return the catalog
     * @throws SpecException with every problem found, if any (including a missing or unreadable directory)
     */
    public static SpecCatalog load(Path dir) {
        return CatalogLoader.load(Objects.requireNonNull(dir, "dir"));
    }

    /**
     * Loads the specs embedded in the ScopeKit jar (resource folder {@code scopekit/platform-specs}), once per JVM; works from
     * {@code target/classes} and from inside the shaded jar. An absent folder gives an empty catalog.
     *
     * @return the catalog
     * @throws SpecException with every problem found, if any
     */
    public static SpecCatalog loadEmbedded() {
        return CatalogLoader.loadEmbedded();
    }

    /** Returns every spec in load order (by file name). */
    public List<Spec> specs() {
        return List.copyOf(specs.values());
    }

    /** Returns the ids of every spec in load order. */
    public List<String> ids() {
        return List.copyOf(specs.keySet());
    }

    /** Finds a spec of any kind by id. */
    public Optional<Spec> spec(String id) {
        return Optional.ofNullable(specs.get(id));
    }

    /** Finds a client platform by id. */
    public Optional<ClientPlatformSpec> platform(String id) {
        return spec(id).filter(ClientPlatformSpec.class::isInstance).map(ClientPlatformSpec.class::cast);
    }

    /**
     * Finds the client platform a scenario phrase names, e.g. {@code WeChat mini-game} or {@code 飞书小程序}.
     *
     * @param phrase the phrase; leading and trailing blanks and letter case are ignored
     * @return the platform listing the phrase in its {@code phrases}, or empty when none does
     */
    public Optional<ClientPlatformSpec> platformForPhrase(String phrase) {
        return Optional.ofNullable(platformsByPhrase.get(phraseKey(Objects.requireNonNull(phrase, "phrase"))));
    }

    /** Returns every phrase of every client platform, platforms in load order and each one's phrases in file order. */
    public List<String> phrases() {
        return clientPlatforms().stream().flatMap(p -> p.phrases().stream()).toList();
    }

    /**
     * Returns the form under which phrases are compared: trimmed and lower-cased (root locale), so that two phrases
     * with the same key name the same platform.
     */
    @API(status = INTERNAL)
    public static String phraseKey(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT);
    }

    /** Returns every client platform in load order. */
    public List<ClientPlatformSpec> clientPlatforms() {
        return ofType(ClientPlatformSpec.class);
    }

    /** Returns every port matrix in load order. */
    public List<PortMatrixSpec> portMatrices() {
        return ofType(PortMatrixSpec.class);
    }

    /** Returns every permission model in load order. */
    public List<PermissionModelSpec> permissionModels() {
        return ofType(PermissionModelSpec.class);
    }

    /** Finds a port matrix by id. */
    public Optional<PortMatrixSpec> portMatrix(String id) {
        return spec(id).filter(PortMatrixSpec.class::isInstance).map(PortMatrixSpec.class::cast);
    }

    /** Finds a permission model by id. */
    public Optional<PermissionModelSpec> permissionModel(String id) {
        return spec(id).filter(PermissionModelSpec.class::isInstance).map(PermissionModelSpec.class::cast);
    }

    /**
     * Finds the scope of a client platform that covers an API.
     *
     * @param platformId client platform id, e.g. {@code feishu-gadget}
     * @param api API name, e.g. {@code getUserInfo}
     * @return the scope, or empty when the platform is unknown or no scope covers the API
     */
    public Optional<ScopeSpec> scopeForApi(String platformId, String api) {
        return platform(platformId).flatMap(p -> p.scopeForApi(api));
    }

    /** Returns the SHA-256 (lower-case hex) of the file a spec was loaded from. */
    public Optional<String> sha256(String id) {
        return spec(id).map(s -> s.origin().sha256());
    }

    /** Returns the file a spec was loaded from. */
    public Optional<String> file(String id) {
        return spec(id).map(s -> s.origin().file());
    }

    /** Returns file name to SHA-256 for every loaded file, in load order (for certificates). */
    public Map<String, String> fileDigests() {
        return specs.values().stream().collect(Collectors.toMap(
                s -> s.origin().fileName(), s -> s.origin().sha256(), (a, b) -> a, LinkedHashMap::new));
    }

    /** Counts the specs and their scopes, APIs and permissions (what {@code specs lint} prints). */
    public SpecCounts counts() {
        return specs.values().stream().map(SpecKinds::count).reduce(SpecCounts.NONE, SpecCounts::plus);
    }

    /** Returns the number of specs. */
    public int size() {
        return specs.size();
    }

    private <T extends Spec> List<T> ofType(Class<T> type) {
        return specs.values().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
