package io.scopekit.oracle.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds {@link PlatformModel}s straight from platform-spec YAML trees.
 *
 * <p>Interim: used until the spec loader ({@code io.scopekit.spec}) lands, then replaced by an adapter over its
 * catalog. Only the consent kinds are read ({@code client-platform}, {@code port-matrix}).
 */
public final class YamlPlatformModels {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private YamlPlatformModels() {}

    /** Reads the platform specs embedded under {@code scopekit/platform-specs} on the classpath. */
    public static Map<String, PlatformModel> loadEmbedded() {
        java.net.URL url = YamlPlatformModels.class.getClassLoader().getResource("scopekit/platform-specs");
        if (url == null) {
            throw new IllegalStateException("no embedded platform specs (classpath:scopekit/platform-specs)");
        }
        try {
            if ("jar".equals(url.getProtocol())) {
                try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return load(fs.getPath("scopekit/platform-specs"));
                }
            }
            return load(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads every {@code *.yaml} in {@code dir}. */
    public static Map<String, PlatformModel> load(Path dir) {
        Map<String, JsonNode> docs = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                JsonNode n = YAML.readTree(Files.newInputStream(f));
                docs.put(n.path("id").asText(), n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform specs in " + dir, e);
        }
        Map<String, PlatformModel> models = new LinkedHashMap<>();
        docs.forEach((id, n) -> {
            switch (n.path("kind").asText()) {
                case "client-platform" -> models.put(id, clientPlatform(n));
                case "port-matrix" -> models.put(id, port(n));
                default -> { }
            }
        });
        return models;
    }

    private static PlatformModel clientPlatform(JsonNode n) {
        String id = n.path("id").asText();
        List<String> appKinds = strings(n.path("appKinds"));
        List<Object> facts = new ArrayList<>(behaviour(id, n));
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        for (JsonNode s : n.path("scopes")) {
            String sid = s.path("id").asText();
            scopes.put(sid, s.has("appKinds") ? strings(s.path("appKinds")) : appKinds);
            strings(s.path("apis")).forEach(a -> apis.put(a, sid));
            facts.add(new ScopeFact(id, sid, s.path("status").asText(), s.hasNonNull("gate") ? s.path("gate").asText()
                    : null, strings(s.path("recycledIn")), source(s.path("source"))));
        }
        return new PlatformModel(id, appKinds, List.of(), scopes, apis, facts);
    }

    private static PlatformModel port(JsonNode n) {
        String id = n.path("id").asText();
        List<String> containers = new ArrayList<>();
        n.path("containers").forEach(c -> containers.add(c.path("id").asText()));
        List<Object> facts = new ArrayList<>(behaviour(id, n));
        Map<String, List<String>> scopes = new LinkedHashMap<>();
        Map<String, String> apis = new LinkedHashMap<>();
        for (JsonNode s : n.path("scopes")) {
            String sid = s.path("id").asText();
            scopes.put(sid, List.of("mini-program"));
            strings(s.path("apis")).forEach(a -> apis.put(a, sid));
            for (String c : containers) {
                JsonNode nat = s.path("nativeNames").path(c);
                facts.add(new ContainerScopeFact(id, c, sid, s.path("support").path(c).asBoolean(false),
                        nat.isTextual() ? nat.asText() : null, source(s.path("source"))));
            }
        }
        for (JsonNode r : n.path("responses")) {
            List<String> fields = new ArrayList<>();
            r.path("fields").forEach(f -> fields.add(f.path("name").asText()));
            facts.add(new ContainerResponseFact(id, r.path("container").asText(), fields));
        }
        return new PlatformModel(id, List.of("mini-program"), containers, scopes, apis, facts);
    }

    private static List<BehaviourFact> behaviour(String platform, JsonNode n) {
        List<BehaviourFact> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("behaviour").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode b = e.getValue();
            out.add(new BehaviourFact(platform, e.getKey(), b.path("value").asText(),
                    b.hasNonNull("since") ? b.path("since").asText() : null, strings(b.path("survives")),
                    strings(b.path("patterns")), b.hasNonNull("errno") ? b.path("errno").asInt() : null,
                    BehaviourAspects.of(e.getKey()), source(b.path("source"))));
        }
        return out;
    }

    private static String source(JsonNode s) {
        return s.path("doc").asText() + " §" + s.path("section").asText() + ": " + s.path("passage").asText();
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        arr.forEach(x -> out.add(x.asText()));
        return out;
    }
}
