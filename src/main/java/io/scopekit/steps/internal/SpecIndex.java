package io.scopekit.steps.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Looks up which APIs a platform spec lists under a scope, so that a Given step can bring a scope into a
 * state ("a user who denied scope.record") the way the sources describe, by calling one of its APIs.
 */
public final class SpecIndex {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Map<String, SpecIndex> CACHE = new ConcurrentHashMap<>();

    private final Path specsDir;
    private final Map<String, JsonNode> specs = new ConcurrentHashMap<>();

    private SpecIndex(Path specsDir) {
        this.specsDir = specsDir;
    }

    /** Returns the index over {@code specsDir}, or over the embedded specs when it is {@code null}. */
    public static SpecIndex of(Path specsDir) {
        return CACHE.computeIfAbsent(specsDir == null ? "" : specsDir.toString(), k -> new SpecIndex(specsDir));
    }

    /** Returns the APIs listed under {@code scope} on {@code platform}, in spec order; empty when none. */
    public List<String> apis(String platform, String scope) {
        List<String> apis = new ArrayList<>();
        for (JsonNode entry : spec(platform).path("scopes")) {
            if (scope.equals(entry.path("id").asText())) {
                entry.path("apis").forEach(api -> apis.add(api.asText()));
            }
        }
        return apis;
    }

    /**
     * Returns the name under which {@code container} keeps the record of port scope {@code scope}: its native name
     * when the port's {@code nativeNames} gives one, else {@code scope} (also for client platforms).
     */
    public String recordKey(String platform, String container, String scope) {
        if (container == null) {
            return scope;
        }
        for (JsonNode entry : spec(platform).path("scopes")) {
            if (scope.equals(entry.path("id").asText())) {
                return entry.path("nativeNames").path(container).asText(scope);
            }
        }
        return scope;
    }

    private JsonNode spec(String platform) {
        return specs.computeIfAbsent(platform, this::read);
    }

    private JsonNode read(String platform) {
        String file = platform + ".yaml";
        try {
            if (specsDir != null) {
                Path path = specsDir.resolve(file);
                if (!Files.isRegularFile(path)) {
                    throw new IllegalArgumentException("no platform spec '" + path + "' (from scopekit.specs)");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return YAML.readTree(in);
                }
            }
            try (InputStream in = SpecIndex.class.getClassLoader()
                    .getResourceAsStream("scopekit/platform-specs/" + file)) {
                if (in == null) {
                    throw new IllegalArgumentException("no embedded platform spec 'scopekit/platform-specs/" + file + "'");
                }
                return YAML.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform spec " + file, e);
        }
    }
}
