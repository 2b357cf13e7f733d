package io.scopekit.target.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds {@link PlatformProfile}s from the platform specs embedded under {@code scopekit/platform-specs/}.
 *
 * <p>Reads the YAML documents as trees; the spec model of {@code io.scopekit.spec} validates them, this class only
 * picks the fields the runtime acts on.
 */
final class SpecProfiles {
    private static final String ROOT = "scopekit/platform-specs/";

    private final ClassLoader loader;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();

    SpecProfiles(ClassLoader loader) {
        this.loader = loader;
    }

    static SpecProfiles bundled() {
        return new SpecProfiles(SpecProfiles.class.getClassLoader());
    }

    PlatformProfile profile(String platform, String container, String appKind) {
        JsonNode spec = document(platform);
        String kind = spec.path("kind").asText();
        if ("port-matrix".equals(kind)) {
            return portProfile(spec, platform, container, appKind);
        }
        if (!"client-platform".equals(kind)) {
            throw new IllegalArgumentException("platform '" + platform + "' is a " + kind
                    + " spec; the reference runtime runs client-platform and port-matrix specs");
        }
        if (container != null) {
            throw new IllegalArgumentException("platform '" + platform + "' is not a port; container must be null");
        }
        requireAppKind(spec, platform, appKind);
        List<PlatformProfile.Scope> scopes = new ArrayList<>();
        for (JsonNode s : spec.path("scopes")) {
            List<String> kinds = strings(s.path("appKinds"));
            if (!kinds.isEmpty() && !kinds.contains(appKind)) {
                continue;
            }
            scopes.add(new PlatformProfile.Scope(s.path("id").asText(), s.path("status").asText("active"),
                    strings(s.path("recycledIn")), text(s.path("gate")), strings(s.path("apis")), true, null));
        }
        return new PlatformProfile(platform, null, appKind, scopes, behaviour(spec), Map.of(), List.of());
    }

    private PlatformProfile portProfile(JsonNode spec, String platform, String container, String appKind) {
        JsonNode entry = null;
        List<String> ids = new ArrayList<>();
        for (JsonNode c : spec.path("containers")) {
            ids.add(c.path("id").asText());
            if (c.path("id").asText().equals(container)) {
                entry = c;
            }
        }
        if (entry == null) {
            throw new IllegalArgumentException("port '" + platform + "' needs a container, one of: "
                    + String.join(", ", ids) + " (got " + container + ")");
        }
        JsonNode host = document(entry.path("platform").asText());
        requireAppKind(host, host.path("id").asText(), appKind);
        List<PlatformProfile.Scope> scopes = new ArrayList<>();
        for (JsonNode s : spec.path("scopes")) {
            scopes.add(new PlatformProfile.Scope(s.path("id").asText(), "active", List.of(), null,
                    strings(s.path("apis")), s.path("support").path(container).asBoolean(false),
                    text(s.path("nativeNames").path(container))));
        }
        List<String> fields = new ArrayList<>();
        for (JsonNode r : spec.path("responses")) {
            if (container.equals(r.path("container").asText())) {
                r.path("fields").forEach(f -> fields.add(f.path("name").asText()));
            }
        }
        return new PlatformProfile(platform, container, appKind, scopes, behaviour(spec), behaviour(host), fields);
    }

    /** The spec kind of {@code platform} ({@code client-platform}, {@code port-matrix}, {@code permission-model}). */
    String kind(String platform) {
        return document(platform).path("kind").asText();
    }

    /** The app kinds of a client platform. */
    List<String> appKinds(String platform) {
        return strings(document(platform).path("appKinds"));
    }

    /** The container ids of a port, in spec order. */
    List<String> containers(String platform) {
        List<String> ids = new ArrayList<>();
        document(platform).path("containers").forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    /** The client platform a container of a port runs on. */
    String containerPlatform(String port, String container) {
        for (JsonNode c : document(port).path("containers")) {
            if (c.path("id").asText().equals(container)) {
                return c.path("platform").asText();
            }
        }
        throw new IllegalArgumentException("port '" + port + "' has no container '" + container + "'");
    }

    private static void requireAppKind(JsonNode spec, String platform, String appKind) {
        List<String> kinds = strings(spec.path("appKinds"));
        if (!kinds.contains(appKind)) {
            throw new IllegalArgumentException("platform '" + platform + "' has no app kind '" + appKind
                    + "' (expected one of: " + String.join(", ", kinds) + ")");
        }
    }

    private static Map<String, PlatformProfile.Behaviour> behaviour(JsonNode spec) {
        Map<String, PlatformProfile.Behaviour> entries = new LinkedHashMap<>();
        spec.path("behaviour").properties().forEach(e -> {
            JsonNode b = e.getValue();
            entries.put(e.getKey(), new PlatformProfile.Behaviour(b.path("value").asText("unspecified"),
                    strings(b.path("patterns")), text(b.path("since")), strings(b.path("survives"))));
        });
        return entries;
    }

    private JsonNode document(String platform) {
        if (platform == null || !platform.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("invalid platform id '" + platform + "'");
        }
        return documents.computeIfAbsent(platform, id -> {
            try (InputStream in = loader.getResourceAsStream(ROOT + id + ".yaml")) {
                if (in == null) {
                    throw new IllegalArgumentException("unknown platform '" + id + "': no " + ROOT + id
                            + ".yaml on the class path");
                }
                return yaml.readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + ROOT + id + ".yaml", e);
            }
        });
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
