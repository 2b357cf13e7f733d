package io.scopekit.simulator.internal;

import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.simulator.SimulatorConfig.App;
import io.scopekit.simulator.SimulatorConfig.Tenant;
import io.scopekit.simulator.SimulatorConfig.User;
import io.scopekit.simulator.SimulatorConfigException;
import io.scopekit.spec.InputLimits;
import io.scopekit.spec.Permission;
import io.scopekit.spec.PermissionModelSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a simulator configuration, keeping where each value starts so that every problem names file, line and
 * column, and checks it against the permission model (permission keys, identities, tenant references).
 */
public final class ConfigReader {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final String DEFAULT_RESOURCE = "/io/scopekit/simulator/default-config.yaml";

    private final String file;
    private final PermissionModelSpec model;
    private final List<String> problems = new ArrayList<>();

    private ConfigReader(String file, PermissionModelSpec model) {
        this.file = file;
        this.model = model;
    }

    /** Reads a file; an unreadable file is one problem naming it. */
    public static SimulatorConfig read(Path path, PermissionModelSpec model) {
        String text;
        try {
            long size = Files.size(path);
            if (size > InputLimits.MAX_YAML_BYTES) {
                throw new SimulatorConfigException(List.of(path + ":1:1: " + InputLimits.tooLarge(size)));
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (SimulatorConfigException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new SimulatorConfigException(List.of(path + ": cannot read the file (" + e.getMessage()
                    + "); expected a readable YAML simulator configuration"));
        }
        return read(path.toString(), text, model);
    }

    /** Reads configuration text; {@code name} stands for the file in messages. */
    public static SimulatorConfig read(String name, String yaml, PermissionModelSpec model) {
        long size = yaml.getBytes(StandardCharsets.UTF_8).length;
        if (size > InputLimits.MAX_YAML_BYTES) {
            throw new SimulatorConfigException(List.of(name + ":1:1: " + InputLimits.tooLarge(size)));
        }
        return new ConfigReader(name, model).run(yaml);
    }

    /** Reads the built-in default configuration shipped in the jar. */
    public static SimulatorConfig defaults(PermissionModelSpec model) {
        try (InputStream in = ConfigReader.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return read("default-config.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), model);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** A YAML value with the place it starts. */
    private record Node(Object value, int line, int column) {
        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }
    }

    private SimulatorConfig run(String yaml) {
        Node root;
        try (JsonParser p = YAML.createParser(yaml)) {
            if (p.nextToken() == null) {
                throw new SimulatorConfigException(List.of(file + ":1:1: the file is empty; expected a mapping with "
                        + "'platform', 'tenants' and 'apps'"));
            }
            root = node(p);
        } catch (JacksonException e) {
            TokenStreamLocation l = e.getLocation();
            int line = l == null ? 1 : Math.max(1, l.getLineNr());
            int col = l == null ? 1 : Math.max(1, l.getColumnNr());
            String msg = e.getOriginalMessage() == null ? e.getClass().getSimpleName()
                    : e.getOriginalMessage().lines().findFirst().orElse("").strip();
            throw new SimulatorConfigException(List.of(file + ":" + line + ":" + col + ": YAML syntax error: " + msg
                    + "; expected a YAML mapping"));
        }
        if (!(root.value() instanceof Map)) {
            fail(root, "expected a mapping with 'platform', 'tenants' and 'apps'");
            throw new SimulatorConfigException(problems);
        }
        Map<String, Node> top = root.map();
        allowOnly(top, Set.of("platform", "tenants", "apps"));
        String platform = string(top, "platform", root);
        if (platform != null && !platform.equals(model.id())) {
            fail(top.get("platform"), "unknown platform '" + platform + "'; expected '" + model.id() + "'");
        }
        List<Tenant> tenants = new ArrayList<>();
        Set<String> tenantKeys = new HashSet<>();
        Set<String> openIds = new HashSet<>();
        for (Node t : list(top, "tenants", root)) {
            Tenant tenant = tenant(t, openIds);
            if (tenant != null) {
                if (!tenantKeys.add(tenant.key())) {
                    fail(t, "duplicate tenant key '" + tenant.key() + "'; expected each tenant once");
                }
                tenants.add(tenant);
            }
        }
        List<App> apps = new ArrayList<>();
        Set<String> appIds = new HashSet<>();
        for (Node a : list(top, "apps", root)) {
            App app = app(a, tenantKeys, openIds);
            if (app != null) {
                if (!appIds.add(app.id())) {
                    fail(a, "duplicate app id '" + app.id() + "'; expected each app once");
                }
                apps.add(app);
            }
        }
        if (!problems.isEmpty()) {
            throw new SimulatorConfigException(problems);
        }
        return new SimulatorConfig(platform, tenants, apps);
    }

    private Tenant tenant(Node t, Set<String> openIds) {
        if (!(t.value() instanceof Map)) {
            fail(t, "expected a tenant mapping with 'key', 'name' and 'users'");
            return null;
        }
        Map<String, Node> m = t.map();
        allowOnly(m, Set.of("key", "name", "users"));
        String key = string(m, "key", t);
        String name = optionalString(m, "name").orElse(key);
        List<User> users = new ArrayList<>();
        for (Node u : list(m, "users", t)) {
            if (!(u.value() instanceof Map)) {
                fail(u, "expected a user mapping with 'openId', 'userId', 'unionId' and 'name'");
                continue;
            }
            Map<String, Node> um = u.map();
            allowOnly(um, Set.of("openId", "userId", "unionId", "name"));
            String openId = string(um, "openId", u);
            String userId = string(um, "userId", u);
            String unionId = optionalString(um, "unionId").orElse("on_" + openId);
            String userName = optionalString(um, "name").orElse(openId);
            if (openId != null && !openIds.add(openId)) {
                fail(um.get("openId"), "duplicate openId '" + openId + "'; expected each user once");
            }
            if (openId != null && userId != null) {
                users.add(new User(openId, userId, unionId, userName));
            }
        }
        return key == null ? null : new Tenant(key, name == null ? key : name, users);
    }

    private App app(Node a, Set<String> tenantKeys, Set<String> openIds) {
        if (!(a.value() instanceof Map)) {
            fail(a, "expected an app mapping with 'id', 'secret', 'type' and 'tenant'");
            return null;
        }
        Map<String, Node> m = a.map();
        allowOnly(m, Set.of("id", "secret", "type", "tenant", "developer", "dataScope", "reviewExempt",
                "testVersion", "enabled"));
        String id = string(m, "id", a);
        String secret = string(m, "secret", a);
        String type = string(m, "type", a);
        if (type != null && model.appType(type).isEmpty()) {
            fail(m.get("type"), "unknown app type '" + type + "'; expected one of "
                    + model.appTypes().stream().map(x -> x.id()).toList());
        }
        String tenant = string(m, "tenant", a);
        if (tenant != null && !tenantKeys.contains(tenant)) {
            fail(m.get("tenant"), "unknown tenant '" + tenant + "'; expected a key of 'tenants'");
        }
        Optional<String> developer = optionalString(m, "developer");
        developer.filter(d -> !openIds.contains(d)).ifPresent(d ->
                fail(m.get("developer"), "unknown user '" + d + "'; expected an openId of a tenant's users"));
        boolean dataScope = bool(m, "dataScope", false);
        boolean testVersion = bool(m, "testVersion", false);
        Set<String> exempt = new LinkedHashSet<>();
        if (m.containsKey("reviewExempt")) {
            for (Node p : listValue(m.get("reviewExempt"))) {
                permission(p, null).ifPresent(exempt::add);
            }
        }
        Map<String, List<String>> enabled = new LinkedHashMap<>();
        Node en = m.get("enabled");
        if (en != null) {
            if (!(en.value() instanceof Map)) {
                fail(en, "expected a mapping from identity (" + identities() + ") to a list of permission keys");
            } else {
                for (Map.Entry<String, Node> e : en.map().entrySet()) {
                    if (model.identities().stream().noneMatch(i -> i.id().equals(e.getKey()))) {
                        fail(e.getValue(), "unknown identity '" + e.getKey() + "'; expected one of " + identities());
                        continue;
                    }
                    List<String> keys = new ArrayList<>();
                    for (Node p : listValue(e.getValue())) {
                        permission(p, e.getKey()).ifPresent(keys::add);
                    }
                    enabled.put(e.getKey(), keys);
                }
            }
        }
        if (id == null || secret == null || type == null || tenant == null) {
            return null;
        }
        return new App(id, secret, type, tenant, developer, dataScope, exempt, testVersion, enabled);
    }

    private Optional<String> permission(Node p, String identity) {
        if (!(p.value() instanceof String key)) {
            fail(p, "expected a permission key (a string such as contact:contact.base:readonly)");
            return Optional.empty();
        }
        Optional<Permission> perm = model.permission(key);
        if (perm.isEmpty()) {
            fail(p, "unknown permission '" + key + "'; expected a permission key of the " + model.id()
                    + " catalog (./scopekit specs show " + model.id() + ")");
            return Optional.empty();
        }
        if (identity != null && !perm.get().identities().contains(identity)) {
            fail(p, "permission '" + key + "' is not a " + identity + "-identity permission; expected one of its "
                    + "identities " + perm.get().identities());
            return Optional.empty();
        }
        return Optional.of(key);
    }

    private String identities() {
        return model.identities().stream().map(i -> i.id()).toList().toString();
    }

    private void allowOnly(Map<String, Node> m, Set<String> keys) {
        m.forEach((k, v) -> {
            if (!keys.contains(k)) {
                fail(v, "unknown key '" + k + "'; expected one of " + keys.stream().sorted().toList());
            }
        });
    }

    private String string(Map<String, Node> m, String key, Node owner) {
        Node n = m.get(key);
        if (n == null) {
            fail(owner, "missing '" + key + "'; expected it in this mapping");
            return null;
        }
        if (!(n.value() instanceof String s) || s.isBlank()) {
            fail(n, "'" + key + "' must be a non-empty string");
            return null;
        }
        return s;
    }

    private Optional<String> optionalString(Map<String, Node> m, String key) {
        Node n = m.get(key);
        if (n == null) {
            return Optional.empty();
        }
        if (!(n.value() instanceof String s) || s.isBlank()) {
            fail(n, "'" + key + "' must be a non-empty string");
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private boolean bool(Map<String, Node> m, String key, boolean dflt) {
        Node n = m.get(key);
        if (n == null) {
            return dflt;
        }
        if (!(n.value() instanceof Boolean b)) {
            fail(n, "'" + key + "' must be true or false");
            return dflt;
        }
        return b;
    }

    private List<Node> list(Map<String, Node> m, String key, Node owner) {
        Node n = m.get(key);
        if (n == null) {
            fail(owner, "missing '" + key + "'; expected a list");
            return List.of();
        }
        return listValue(n);
    }

    private List<Node> listValue(Node n) {
        if (!(n.value() instanceof List)) {
            fail(n, "expected a list");
            return List.of();
        }
        return n.list();
    }

    private void fail(Node at, String message) {
        problems.add(file + ":" + at.line() + ":" + at.column() + ": " + message);
    }

    private Node node(JsonParser p) {
        TokenStreamLocation l = p.currentTokenLocation();
        int line = Math.max(1, l.getLineNr());
        int col = Math.max(1, l.getColumnNr());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = p.currentName();
                    TokenStreamLocation kl = p.currentTokenLocation();
                    p.nextToken();
                    Node value = node(p);
                    if (m.containsKey(name)) {
                        problems.add(file + ":" + kl.getLineNr() + ":" + kl.getColumnNr() + ": duplicate key '"
                                + name + "'; expected each key once in a mapping");
                    }
                    m.put(name, value);
                }
                return new Node(m, line, col);
            }
            case START_ARRAY -> {
                List<Node> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(p));
                }
                return new Node(list, line, col);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, line, col);
            }
            case VALUE_NULL -> {
                return new Node(null, line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Node(p.getNumberValue(), line, col);
            }
            default -> {
                return new Node(p.getString(), line, col);
            }
        }
    }
}
