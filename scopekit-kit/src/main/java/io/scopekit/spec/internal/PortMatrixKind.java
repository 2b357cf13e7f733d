package io.scopekit.spec.internal;

import static io.scopekit.spec.internal.CrossChecks.text;
import static io.scopekit.spec.internal.CrossChecks.uniqueBy;
import static io.scopekit.spec.internal.CrossChecks.uniqueIds;
import static io.scopekit.spec.internal.ModelBinder.consent;
import static io.scopekit.spec.internal.ModelBinder.documents;
import static io.scopekit.spec.internal.ModelBinder.list;
import static io.scopekit.spec.internal.ModelBinder.map;
import static io.scopekit.spec.internal.ModelBinder.opt;
import static io.scopekit.spec.internal.ModelBinder.source;
import static io.scopekit.spec.internal.ModelBinder.str;
import static io.scopekit.spec.internal.TextView.join;

import io.scopekit.spec.CallForm;
import io.scopekit.spec.Container;
import io.scopekit.spec.ContainerResponse;
import io.scopekit.spec.PackageRef;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ResponseField;
import io.scopekit.spec.SpecCounts;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecOrigin;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The port-matrix kind: a cross-platform port, its containers and its scope support matrix. */
final class PortMatrixKind implements SpecKindUnit<PortMatrixSpec> {

    private static final Set<String> KNOWN_CONSENT = Set.of("prompt", "silent");

    @Override
    public SpecKind kind() {
        return SpecKind.PORT_MATRIX;
    }

    @Override
    public Class<PortMatrixSpec> type() {
        return PortMatrixSpec.class;
    }

    // ------------------------------------------------------------------ checks

    @Override
    public void crossCheck(SpecFile f) {
        List<String> containers = uniqueIds(f, "/containers", "container");
        uniqueIds(f, "/forms", "form");
        uniqueIds(f, "/scopes", "scope");
        uniqueBy(f, "/responses", "response", "container");
        String expected = "expected one of: " + String.join(", ", containers);
        JsonNode scopes = f.root.get("scopes");
        if (scopes != null && scopes.isArray()) {
            for (int i = 0; i < scopes.size(); i++) {
                JsonNode scope = scopes.get(i);
                String sp = "/scopes/" + i;
                String scopeId = text(scope.get("id"), "#" + (i + 1));
                JsonNode support = scope.get("support");
                if (support != null && support.isObject()) {
                    for (String key : support.propertyNames()) {
                        if (!containers.contains(key)) {
                            f.keyProblem(sp + "/support/" + YamlReader.escape(key), "scope '" + scopeId
                                    + "' support names unknown container '" + key + "' (" + expected + ")");
                        }
                    }
                    for (String c : containers) {
                        if (!support.has(c)) {
                            f.problem(sp + "/support", "scope '" + scopeId + "' support has no entry for container '"
                                    + c + "' (expected true or false for every container)");
                        }
                    }
                }
                JsonNode nativeNames = scope.get("nativeNames");
                if (nativeNames != null && nativeNames.isObject()) {
                    for (String key : nativeNames.propertyNames()) {
                        if (!containers.contains(key)) {
                            f.keyProblem(sp + "/nativeNames/" + YamlReader.escape(key), "scope '" + scopeId
                                    + "' nativeNames names unknown container '" + key + "' (" + expected + ")");
                        }
                    }
                }
            }
        }
        JsonNode responses = f.root.get("responses");
        if (responses != null && responses.isArray()) {
            for (int i = 0; i < responses.size(); i++) {
                JsonNode c = responses.get(i).get("container");
                if (c != null && c.isString() && !containers.contains(c.asString())) {
                    f.problem("/responses/" + i + "/container", "response names unknown container '" + c.asString()
                            + "' (" + expected + ")");
                }
            }
        }
    }

    @Override
    public void crossCheckAcross(List<SpecFile> files, Map<String, SpecFile> byId) {
        Set<String> platforms = new LinkedHashSet<>();
        for (SpecFile f : files) {
            JsonNode id = f.root.get("id");
            if (f.kind == SpecKind.CLIENT_PLATFORM && id != null && id.isString()) {
                platforms.add(id.asString());
            }
        }
        for (SpecFile f : files) {
            if (f.kind == SpecKind.PORT_MATRIX) {
                consentAcrossPort(f, byId);
                containerPlatforms(f, platforms);
            }
        }
    }

    private static void containerPlatforms(SpecFile f, Set<String> platforms) {
        JsonNode containers = f.root.get("containers");
        if (containers == null || !containers.isArray()) {
            return;
        }
        for (int i = 0; i < containers.size(); i++) {
            JsonNode platform = containers.get(i).get("platform");
            if (platform != null && platform.isString() && !platforms.contains(platform.asString())) {
                f.problem("/containers/" + i + "/platform", "container '"
                        + text(containers.get(i).get("id"), "#" + (i + 1)) + "' names platform '"
                        + platform.asString() + "', which is not a loaded client-platform spec (loaded: "
                        + (platforms.isEmpty() ? "none" : String.join(", ", platforms)) + ")");
            }
        }
    }

    /**
     * A port hands authorization to its container, so a scope silent on the port must be silent on the container's
     * platform too (and the other way round); only pairs the matrix supports and the platform lists are compared.
     */
    private static void consentAcrossPort(SpecFile port, Map<String, SpecFile> byId) {
        JsonNode scopes = port.root.get("scopes");
        JsonNode containers = port.root.get("containers");
        if (scopes == null || !scopes.isArray() || containers == null || !containers.isArray()) {
            return;
        }
        for (int i = 0; i < scopes.size(); i++) {
            JsonNode scope = scopes.get(i);
            String id = text(scope.get("id"), null);
            if (id == null) {
                continue;
            }
            String mode = consentMode(scope);
            if (!KNOWN_CONSENT.contains(mode)) {
                continue; // the schema reports it
            }
            for (JsonNode container : containers) {
                String c = text(container.get("id"), null);
                SpecFile host = byId.get(text(container.get("platform"), ""));
                if (c == null || host == null || host.kind != SpecKind.CLIENT_PLATFORM
                        || !scope.path("support").path(c).asBoolean(false)) {
                    continue;
                }
                String name = text(scope.path("nativeNames").get(c), id);
                for (JsonNode hostScope : host.root.path("scopes")) {
                    String hostMode = consentMode(hostScope);
                    if (name.equals(text(hostScope.get("id"), null)) && !hostMode.equals(mode)) {
                        port.problem("/scopes/" + i + (scope.has("consent") ? "/consent" : ""), "scope '" + id
                                + "' has consent '" + mode + "' but container '" + c + "' runs it as platform '"
                                + host.root.path("id").asString() + "' scope '" + name + "', whose consent is '"
                                + hostMode + "' (" + host.displayName + "; expected the same consent on both)");
                    }
                }
            }
        }
    }

    private static String consentMode(JsonNode scope) {
        return text(scope.path("consent").get("value"), "prompt");
    }

    // ------------------------------------------------------------------ binding

    @Override
    public PortMatrixSpec bind(JsonNode r, SpecOrigin origin) {
        JsonNode pkg = r.get("package");
        return new PortMatrixSpec(
                str(r, "id"),
                str(r, "name"),
                new PackageRef(str(pkg, "registry"), str(pkg, "name")),
                documents(r.get("documents")),
                list(r.get("containers"), c -> new Container(str(c, "id"), str(c, "platform"), str(c, "label"))),
                list(r.get("forms"), c -> new CallForm(str(c, "id"), source(c.get("source")))),
                list(r.get("scopes"), s -> new PortScope(
                        str(s, "id"), str(s, "label"), ModelBinder.strings(s.get("apis")),
                        map(s.get("support"), JsonNode::asBoolean),
                        map(s.get("nativeNames"), JsonNode::asString),
                        consent(s.get("consent")),
                        source(s.get("source")))),
                list(r.get("responses"), c -> new ContainerResponse(
                        str(c, "container"),
                        list(c.get("fields"), x -> new ResponseField(str(x, "name"), str(x, "type"), opt(x, "description"))),
                        source(c.get("source")))),
                ClientPlatformKind.bindBehaviour(r.get("behaviour")),
                origin);
    }

    // ------------------------------------------------------------------ diff

    @Override
    public void diff(PortMatrixSpec a, PortMatrixSpec b, DiffLines out) {
        String id = a.id();
        out.changed(id, "package", a.packageRef().toString(), b.packageRef().toString());
        Map<String, Container> ca = DiffLines.byId(a.containers(), Container::id);
        Map<String, Container> cb = DiffLines.byId(b.containers(), Container::id);
        ca.keySet().stream().filter(c -> !cb.containsKey(c)).forEach(c -> out.add(id, "container " + c + " removed"));
        cb.keySet().stream().filter(c -> !ca.containsKey(c)).forEach(c -> out.add(id, "container " + c + " added"));
        ca.forEach((c, x) -> {
            if (cb.containsKey(c)) {
                out.changed(id, "platform of container " + c, x.platform(), cb.get(c).platform());
            }
        });
        out.changed(id, "forms", a.forms().stream().map(CallForm::id).toList().toString(),
                b.forms().stream().map(CallForm::id).toList().toString());
        Map<String, String> pairs = out.scopes(id, DiffLines.apiMap(a.scopes(), PortScope::id, PortScope::apis),
                DiffLines.apiMap(b.scopes(), PortScope::id, PortScope::apis));
        pairs.forEach((o, n) -> {
            PortScope x = a.scope(o).orElseThrow();
            PortScope y = b.scope(n).orElseThrow();
            out.changed(id, "consent of " + n, x.consent().mode().id(), y.consent().mode().id());
            Set<String> containers = new LinkedHashSet<>(x.support().keySet());
            containers.addAll(y.support().keySet());
            for (String c : containers) {
                out.changed(id, "support of " + n + " in " + c, String.valueOf(x.support().get(c)),
                        String.valueOf(y.support().get(c)));
                out.changed(id, "native name of " + n + " in " + c, x.nativeName(c).replace(o, n), y.nativeName(c));
            }
        });
        out.changed(id, "responses", responses(a), responses(b));
        ClientPlatformKind.diffBehaviour(id, a.behaviour(), b.behaviour(), out);
    }

    private static String responses(PortMatrixSpec m) {
        return m.responses().stream()
                .map(r -> r.container() + r.fields().stream().map(ResponseField::name).toList())
                .toList().toString();
    }

    // ------------------------------------------------------------------ rendering

    @Override
    public void printText(PortMatrixSpec m, PrintWriter out) {
        out.println("package: " + m.packageRef().registry() + " " + m.packageRef().name() + "  forms: "
                + join(m.forms().stream().map(CallForm::id).toList()));
        out.println();
        List<String> header = new ArrayList<>(List.of("SCOPE"));
        m.containers().forEach(c -> header.add(c.id() + " (" + c.platform() + ")"));
        TextView.Table t = new TextView.Table(header.toArray(String[]::new));
        for (PortScope s : m.scopes()) {
            List<String> row = new ArrayList<>(List.of(s.id()));
            for (Container c : m.containers()) {
                String cell = s.supportedIn(c.id()) ? "yes" : "no";
                if (!s.nativeName(c.id()).equals(s.id())) {
                    cell += " as " + s.nativeName(c.id());
                }
                row.add(cell);
            }
            t.row(row.toArray(String[]::new));
        }
        t.print(out);
        m.responses().forEach(r -> out.println("response fields in " + r.container() + ": "
                + join(r.fields().stream().map(f -> f.name() + ":" + f.type()).toList())));
        ClientPlatformKind.printBehaviour(m.behaviour(), out);
    }

    @Override
    public void putJson(PortMatrixSpec m, ObjectNode o) {
        ObjectNode pkg = o.putObject("package");
        pkg.put("registry", m.packageRef().registry());
        pkg.put("name", m.packageRef().name());
        ArrayNode containers = o.putArray("containers");
        for (Container c : m.containers()) {
            containers.addObject().put("id", c.id()).put("platform", c.platform()).put("label", c.label());
        }
        JsonView.strings(o.putArray("forms"), m.forms().stream().map(CallForm::id).toList());
        ArrayNode scopes = o.putArray("scopes");
        ObjectNode matrix = JsonView.F.objectNode();
        for (PortScope s : m.scopes()) {
            ObjectNode n = scopes.addObject();
            n.put("id", s.id());
            n.put("label", s.label());
            JsonView.strings(n.putArray("apis"), s.apis());
            n.set("consent", JsonView.consent(s.consent()));
            n.set("source", JsonView.source(s.source()));
            ObjectNode row = matrix.putObject(s.id());
            for (Container c : m.containers()) {
                row.putObject(c.id()).put("supported", s.supportedIn(c.id())).put("nativeName", s.nativeName(c.id()));
            }
        }
        o.set("matrix", matrix);
        ArrayNode responses = o.putArray("responses");
        m.responses().forEach(r -> {
            ObjectNode n = responses.addObject();
            n.put("container", r.container());
            ArrayNode fields = n.putArray("fields");
            r.fields().forEach(f -> {
                ObjectNode fn = fields.addObject().put("name", f.name()).put("type", f.type());
                f.description().ifPresent(d -> fn.put("description", d));
            });
        });
        o.set("behaviour", ClientPlatformKind.behaviourJson(m.behaviour()));
    }

    @Override
    public SpecCounts count(PortMatrixSpec m) {
        return new SpecCounts(1, m.scopes().size(), m.scopes().stream().mapToInt(s -> s.apis().size()).sum(), 0);
    }
}
