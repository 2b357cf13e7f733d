package io.scopekit.target.http;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.AppType;
import io.scopekit.permission.CallOutcome;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.LifecycleStep;
import io.scopekit.permission.OwnerKind;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.ResourceOwner;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.VersionDraft;
import io.scopekit.permission.VersionStatus;
import io.scopekit.permission.Violation;
import io.scopekit.target.ControlOperation;
import io.scopekit.target.Coverage;
import io.scopekit.target.Observation;
import io.scopekit.target.PortRun;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Strictness;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.permission.PlatformControlOperation;
import io.scopekit.target.permission.PlatformError;
import io.scopekit.target.permission.PlatformSessionConfig;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the SPI's values as the protocol's JSON and reads them back (adapters/protocol/schemas/defs.schema.json):
 * wire names for enums, {@code null} members left out. Reading assumes a body that passed its schema; anything it
 * still cannot read throws {@link IllegalArgumentException}.
 */
final class ProtocolJson {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private ProtocolJson() {}

    /** A body carrying the protocol version and nothing else. */
    static ObjectNode body() {
        ObjectNode n = JSON.createObjectNode();
        n.put("protocol", Protocol.VERSION);
        return n;
    }

    // ---- consent side ----------------------------------------------------------------------------------------

    static ObjectNode identity(TargetIdentity id) {
        ObjectNode n = JSON.createObjectNode();
        n.put("name", id.name());
        n.put("version", id.version());
        putNullable(n, "description", id.description());
        return n;
    }

    static TargetIdentity identity(JsonNode n) {
        return new TargetIdentity(text(n, "name"), text(n, "version"), optText(n, "description"));
    }

    static ObjectNode config(SessionConfig c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("platform", c.platform());
        putNullable(n, "container", c.container());
        n.put("appKind", c.appKind());
        putNullable(n, "clientVersion", c.clientVersion());
        n.put("app", c.app());
        n.put("user", c.user());
        n.put("device", c.device());
        return n;
    }

    static SessionConfig config(JsonNode n) {
        return new SessionConfig(text(n, "platform"), optText(n, "container"), text(n, "appKind"),
                optText(n, "clientVersion"), text(n, "app"), text(n, "user"), text(n, "device"));
    }

    static ObjectNode action(Action a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", a.type().wireName());
        putNullable(n, "api", a.api());
        putNullable(n, "scope", a.scope());
        if (a.enabled() != null) {
            n.put("enabled", a.enabled());
        }
        putNullable(n, "device", a.device());
        putNullable(n, "clientVersion", a.clientVersion());
        if (a.osPromptPending()) {
            n.put("osPromptPending", true);
        }
        return n;
    }

    static Action action(JsonNode n) {
        JsonNode enabled = n.get("enabled");
        JsonNode os = n.get("osPromptPending");
        return new Action(ActionType.fromWireName(text(n, "type")), optText(n, "api"), optText(n, "scope"),
                enabled == null || enabled.isNull() ? null : enabled.asBoolean(), optText(n, "device"),
                optText(n, "clientVersion"), os != null && os.asBoolean());
    }

    static ObjectNode observation(Observation o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("outcome", o.outcome().wireName());
        putNullable(n, "errMsg", o.errMsg());
        if (o.errno() != null) {
            n.put("errno", o.errno());
        }
        ArrayNode prompts = n.putArray("prompts");
        for (Prompt p : o.prompts()) {
            ObjectNode pn = prompts.addObject();
            pn.put("kind", p.kind().wireName());
            putNullable(pn, "scope", p.scope());
        }
        if (o.authSetting() != null) {
            ObjectNode s = n.putObject("authSetting");
            new java.util.TreeMap<>(o.authSetting()).forEach(s::put);
        }
        if (o.settingsList() != null) {
            ArrayNode l = n.putArray("settingsList");
            o.settingsList().forEach(l::add);
        }
        n.set("response", JSON.valueToTree(new java.util.TreeMap<>(o.response())));
        if (o.portRun() != null) {
            n.set("portRun", portRun(o.portRun()));
        }
        return n;
    }

    /** The Node host's evidence of how a hosted port ran a call (CHANGES.md: additive {@code portRun}). */
    static ObjectNode portRun(PortRun run) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode calls = n.putArray("nativeCalls");
        for (PortRun.NativeCall c : run.nativeCalls()) {
            ObjectNode cn = calls.addObject();
            cn.put("api", c.api());
            putNullable(cn, "scope", c.scope());
            cn.set("args", JSON.valueToTree(c.args()));
        }
        ObjectNode callbacks = n.putObject("callbacks");
        callbacks.put("success", run.success());
        callbacks.put("fail", run.fail());
        callbacks.put("complete", run.complete());
        n.put("promise", run.promise());
        putNullable(n, "threw", run.threw());
        if (run.promiseForm() != null) {
            n.put("promiseForm", run.promiseForm());
        }
        return n;
    }

    @SuppressWarnings("unchecked")
    static PortRun portRun(JsonNode n) {
        List<PortRun.NativeCall> calls = new ArrayList<>();
        for (JsonNode c : n.path("nativeCalls")) {
            JsonNode args = c.get("args");
            calls.add(new PortRun.NativeCall(c.path("api").asString(""), optText(c, "scope"),
                    args == null || !args.isObject() ? Map.of() : JSON.treeToValue(args, LinkedHashMap.class)));
        }
        JsonNode callbacks = n.path("callbacks");
        return new PortRun(calls, callbacks.path("success").asInt(0), callbacks.path("fail").asInt(0),
                callbacks.path("complete").asInt(0), n.path("promise").asString("none"), optText(n, "threw"),
                optText(n, "promiseForm"));
    }

    static Observation observation(JsonNode n) {
        List<Prompt> prompts = new ArrayList<>();
        for (JsonNode p : n.get("prompts")) {
            prompts.add(new Prompt(PromptKind.fromWireName(text(p, "kind")), optText(p, "scope")));
        }
        Map<String, Boolean> authSetting = null;
        JsonNode as = n.get("authSetting");
        if (as != null && !as.isNull()) {
            authSetting = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : as.properties()) {
                authSetting.put(e.getKey(), e.getValue().asBoolean());
            }
        }
        JsonNode errno = n.get("errno");
        @SuppressWarnings("unchecked")
        Map<String, Object> response = JSON.treeToValue(n.get("response"), LinkedHashMap.class);
        JsonNode port = n.get("portRun");
        return new Observation(Outcome.fromWireName(text(n, "outcome")), optText(n, "errMsg"),
                errno == null || errno.isNull() ? null : errno.asInt(), prompts, authSetting,
                optStrings(n, "settingsList"), response,
                port == null || !port.isObject() ? null : portRun(port));
    }

    static ObjectNode error(TargetError e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", e.kind().wireName());
        n.put("message", e.message());
        return n;
    }

    static TargetError targetError(JsonNode n) {
        return new TargetError(TargetError.Kind.fromWireName(text(n, "kind")), text(n, "message"));
    }

    static ObjectNode records(Map<String, RecordState> records) {
        ObjectNode n = JSON.createObjectNode();
        new java.util.TreeMap<>(records).forEach((scope, state) -> n.put(scope, state.wireName()));
        return n;
    }

    static Map<String, RecordState> records(JsonNode n) {
        Map<String, RecordState> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            out.put(e.getKey(), RecordState.fromWireName(e.getValue().asString()));
        }
        return out;
    }

    static ObjectNode capabilities(Map<Aspect, Strictness> capabilities) {
        ObjectNode n = JSON.createObjectNode();
        Map<Aspect, Strictness> sorted = new EnumMap<>(Aspect.class);
        sorted.putAll(capabilities);
        sorted.forEach((a, s) -> n.put(a.wireName(), s.wireName()));
        return n;
    }

    static Map<Aspect, Strictness> capabilities(JsonNode n) {
        Map<Aspect, Strictness> out = new EnumMap<>(Aspect.class);
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            out.put(Aspect.fromWireName(e.getKey()), Strictness.fromWireName(e.getValue().asString()));
        }
        return out;
    }

    static ArrayNode operations(Set<ControlOperation> operations) {
        ArrayNode a = JSON.createArrayNode();
        Set<ControlOperation> sorted = EnumSet.noneOf(ControlOperation.class);
        sorted.addAll(operations);
        sorted.forEach(o -> a.add(o.wireName()));
        return a;
    }

    static Set<ControlOperation> operations(JsonNode n) {
        Set<ControlOperation> out = EnumSet.noneOf(ControlOperation.class);
        n.forEach(o -> out.add(ControlOperation.fromWireName(o.asString())));
        return out;
    }

    /** Writes a coverage; {@code null} for {@link Coverage#EVERYTHING}, whose members are all absent. */
    static @Nullable ObjectNode coverage(Coverage coverage) {
        if (coverage.equals(Coverage.EVERYTHING)) {
            return null;
        }
        ObjectNode n = JSON.createObjectNode();
        putStrings(n, "platforms", coverage.platforms());
        putStrings(n, "containers", coverage.containers());
        putStrings(n, "appKinds", coverage.appKinds());
        return n;
    }

    /** Reads a coverage; an absent member (or an absent {@code coverage}) declares every one. */
    static Coverage coverage(@Nullable JsonNode n) {
        if (n == null || n.isNull()) {
            return Coverage.EVERYTHING;
        }
        return new Coverage(stringSet(n.get("platforms")), stringSet(n.get("containers")),
                stringSet(n.get("appKinds")));
    }

    private static void putStrings(ObjectNode n, String field, Set<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }

    private static Set<String> stringSet(@Nullable JsonNode n) {
        Set<String> out = new java.util.TreeSet<>();
        if (n != null && !n.isNull()) {
            n.forEach(v -> out.add(v.asString()));
        }
        return out;
    }

    // ---- permission side -------------------------------------------------------------------------------------

    static ObjectNode permissionCapabilities(Map<PermissionAspect, Strictness> capabilities) {
        ObjectNode n = JSON.createObjectNode();
        Map<PermissionAspect, Strictness> sorted = new EnumMap<>(PermissionAspect.class);
        sorted.putAll(capabilities);
        sorted.forEach((a, s) -> n.put(a.wireName(), s.wireName()));
        return n;
    }

    static Map<PermissionAspect, Strictness> permissionCapabilities(JsonNode n) {
        Map<PermissionAspect, Strictness> out = new EnumMap<>(PermissionAspect.class);
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            out.put(PermissionAspect.fromWireName(e.getKey()), Strictness.fromWireName(e.getValue().asString()));
        }
        return out;
    }

    static ArrayNode platformOperations(Set<PlatformControlOperation> operations) {
        ArrayNode a = JSON.createArrayNode();
        Set<PlatformControlOperation> sorted = EnumSet.noneOf(PlatformControlOperation.class);
        sorted.addAll(operations);
        sorted.forEach(o -> a.add(o.wireName()));
        return a;
    }

    static Set<PlatformControlOperation> platformOperations(JsonNode n) {
        Set<PlatformControlOperation> out = EnumSet.noneOf(PlatformControlOperation.class);
        n.forEach(o -> out.add(PlatformControlOperation.fromWireName(o.asString())));
        return out;
    }

    static ObjectNode platformConfig(PlatformSessionConfig c) {
        ObjectNode n = JSON.createObjectNode();
        n.put("model", c.model());
        return n;
    }

    static PlatformSessionConfig platformConfig(JsonNode n) {
        return new PlatformSessionConfig(text(n, "model"));
    }

    static ObjectNode platformError(PlatformError e) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", e.kind().wireName());
        n.put("message", e.message());
        return n;
    }

    static PlatformError platformError(JsonNode n) {
        return new PlatformError(PlatformError.Kind.fromWireName(text(n, "kind")), text(n, "message"));
    }

    static ObjectNode request(PlatformRequest r) {
        ObjectNode n = JSON.createObjectNode();
        if (r instanceof ApiCall c) {
            n.put("kind", "api-call");
            n.put("app", c.app());
            n.put("identity", c.identity().wireName());
            n.put("token", c.token().wireName());
            putNullable(n, "owner", c.owner());
            n.put("api", c.api());
            strings(n.putArray("fields"), c.fields());
        } else if (r instanceof LifecycleAction l) {
            n.put("kind", "lifecycle");
            n.put("app", l.app());
            n.put("step", l.step().wireName());
            ArrayNode p = n.putArray("permissions");
            l.permissions().forEach(ref -> p.add(ref(ref)));
            putNullable(n, "importJson", l.importJson());
            if (l.version() != null) {
                n.set("version", version(l.version()));
            }
            if (l.reviewer() != null) {
                n.put("reviewer", l.reviewer().wireName());
            }
            if (l.releaseKind() != null) {
                n.put("releaseKind", l.releaseKind().wireName());
            }
            putNullable(n, "testEnterprise", l.testEnterprise());
        } else if (r instanceof EventDelivery e) {
            n.put("kind", "event");
            n.put("app", e.app());
            n.put("identity", e.identity().wireName());
            putNullable(n, "subscriber", e.subscriber());
            strings(n.putArray("owners"), e.owners());
            strings(n.putArray("anyOf"), e.anyOf());
        }
        return n;
    }

    static PlatformRequest request(JsonNode n) {
        String kind = text(n, "kind");
        return switch (kind) {
            case "api-call" -> new ApiCall(text(n, "app"), Identity.fromWireName(text(n, "identity")),
                    TokenStatus.fromWireName(text(n, "token")), optText(n, "owner"), text(n, "api"),
                    strings(n.get("fields")));
            case "lifecycle" -> new LifecycleAction(text(n, "app"), LifecycleStep.fromWireName(text(n, "step")),
                    list(n.get("permissions"), ProtocolJson::ref), optText(n, "importJson"),
                    present(n, "version") ? version(n.get("version")) : null,
                    present(n, "reviewer") ? Reviewer.fromWireName(text(n, "reviewer")) : null,
                    present(n, "releaseKind") ? ReleaseKind.fromWireName(text(n, "releaseKind")) : null,
                    optText(n, "testEnterprise"));
            case "event" -> new EventDelivery(text(n, "app"), Identity.fromWireName(text(n, "identity")),
                    optText(n, "subscriber"), strings(n.get("owners")),
                    present(n, "anyOf") ? strings(n.get("anyOf")) : List.of());
            default -> throw new IllegalArgumentException("unknown request kind '" + kind
                    + "' (expected one of: api-call, lifecycle, event)");
        };
    }

    static ObjectNode platformObservation(PlatformObservation o) {
        ObjectNode n = JSON.createObjectNode();
        n.put("outcome", o.outcome().wireName());
        if (o.httpStatus() != null) {
            n.put("httpStatus", o.httpStatus());
        }
        if (o.code() != null) {
            n.put("code", o.code());
        }
        putNullable(n, "message", o.message());
        ArrayNode v = n.putArray("violations");
        for (Violation violation : o.violations()) {
            ObjectNode vn = v.addObject();
            vn.put("type", violation.type());
            vn.put("subject", violation.subject());
        }
        if (o.fields() != null) {
            strings(n.putArray("fields"), o.fields());
        }
        if (o.resourceOwner() != null) {
            ObjectNode r = n.putObject("resourceOwner");
            r.put("kind", o.resourceOwner().kind().wireName());
            r.put("id", o.resourceOwner().id());
        }
        statuses(n.putArray("states"), o.states());
        if (o.versionStatus() != null) {
            n.put("versionStatus", o.versionStatus().wireName());
        }
        if (o.export() != null) {
            n.putObject("export").set("scopes", scopeLists(o.export().scopes()));
        }
        if (o.imported() != null) {
            n.set("imported", scopeLists(o.imported()));
        }
        if (o.delivered() != null) {
            n.put("delivered", o.delivered());
        }
        return n;
    }

    static PlatformObservation platformObservation(JsonNode n) {
        JsonNode status = n.get("httpStatus");
        JsonNode code = n.get("code");
        JsonNode owner = n.get("resourceOwner");
        JsonNode delivered = n.get("delivered");
        return new PlatformObservation(CallOutcome.fromWireName(text(n, "outcome")),
                status == null || status.isNull() ? null : status.asInt(),
                code == null || code.isNull() ? null : code.asLong(), optText(n, "message"),
                list(n.get("violations"), v -> new Violation(text(v, "type"), text(v, "subject"))),
                optStrings(n, "fields"),
                owner == null || owner.isNull() ? null
                        : new ResourceOwner(OwnerKind.fromWireName(text(owner, "kind")), text(owner, "id")),
                list(n.get("states"), ProtocolJson::status),
                present(n, "versionStatus") ? VersionStatus.fromWireName(text(n, "versionStatus")) : null,
                present(n, "export") ? new ScopesExport(scopeLists(n.get("export").get("scopes"))) : null,
                present(n, "imported") ? scopeLists(n.get("imported")) : null,
                delivered == null || delivered.isNull() ? null : delivered.asBoolean());
    }

    static ObjectNode app(AppState a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("tenant", a.tenant());
        n.put("type", a.type().wireName());
        n.put("developer", a.developer());
        n.put("testVersion", a.testVersion());
        n.put("dataScopeConfigured", a.dataScopeConfigured());
        statuses(n.putArray("permissions"), a.permissions());
        statuses(n.putArray("testPermissions"), a.testPermissions());
        ObjectNode levels = n.putObject("levels");
        new java.util.TreeMap<>(a.levels()).forEach((k, v) -> levels.put(k, v.wireName()));
        strings(n.putArray("outOfRange"), a.outOfRange());
        if (a.version() != null) {
            n.set("version", version(a.version()));
        }
        if (a.versionStatus() != null) {
            n.put("versionStatus", a.versionStatus().wireName());
        }
        ArrayNode approvals = n.putArray("approvals");
        a.approvals().forEach(r -> approvals.add(r.wireName()));
        ObjectNode grants = n.putObject("userGrants");
        new java.util.TreeMap<>(a.userGrants()).forEach((user, keys) -> strings(grants.putArray(user), keys));
        return n;
    }

    static AppState app(JsonNode n) {
        Map<String, PermissionLevel> levels = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.get("levels").properties()) {
            levels.put(e.getKey(), PermissionLevel.fromWireName(e.getValue().asString()));
        }
        Map<String, List<String>> grants = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : n.get("userGrants").properties()) {
            grants.put(e.getKey(), strings(e.getValue()));
        }
        return new AppState(text(n, "id"), text(n, "tenant"), AppType.fromWireName(text(n, "type")),
                text(n, "developer"), n.get("testVersion").asBoolean(), n.get("dataScopeConfigured").asBoolean(),
                list(n.get("permissions"), ProtocolJson::status), list(n.get("testPermissions"), ProtocolJson::status),
                levels, strings(n.get("outOfRange")),
                present(n, "version") ? version(n.get("version")) : null,
                present(n, "versionStatus") ? VersionStatus.fromWireName(text(n, "versionStatus")) : null,
                list(n.get("approvals"), r -> Reviewer.fromWireName(r.asString())), grants);
    }

    private static ObjectNode ref(PermissionRef ref) {
        ObjectNode n = JSON.createObjectNode();
        n.put("permission", ref.permission());
        n.put("identity", ref.identity().wireName());
        return n;
    }

    private static PermissionRef ref(JsonNode n) {
        return new PermissionRef(text(n, "permission"), Identity.fromWireName(text(n, "identity")));
    }

    private static void statuses(ArrayNode out, List<PermissionStatus> statuses) {
        for (PermissionStatus s : statuses) {
            ObjectNode n = out.addObject();
            n.put("permission", s.permission());
            n.put("identity", s.identity().wireName());
            n.put("state", s.state().wireName());
        }
    }

    private static PermissionStatus status(JsonNode n) {
        return new PermissionStatus(text(n, "permission"), Identity.fromWireName(text(n, "identity")),
                PermissionState.fromWireName(text(n, "state")));
    }

    private static ObjectNode version(VersionDraft v) {
        ObjectNode n = JSON.createObjectNode();
        n.put("number", v.number());
        n.put("notes", v.notes());
        ArrayNode changes = n.putArray("changes");
        v.changes().forEach(c -> changes.add(ref(c)));
        strings(n.putArray("availability"), v.availability());
        putNullable(n, "reason", v.reason());
        return n;
    }

    private static VersionDraft version(JsonNode n) {
        return new VersionDraft(text(n, "number"), text(n, "notes"), list(n.get("changes"), ProtocolJson::ref),
                strings(n.get("availability")), optText(n, "reason"));
    }

    private static ObjectNode scopeLists(ScopeLists s) {
        ObjectNode n = JSON.createObjectNode();
        if (s.tenant() != null) {
            strings(n.putArray("tenant"), s.tenant());
        }
        if (s.user() != null) {
            strings(n.putArray("user"), s.user());
        }
        return n;
    }

    private static ScopeLists scopeLists(JsonNode n) {
        return new ScopeLists(optStrings(n, "tenant"), optStrings(n, "user"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isString()) {
            throw new IllegalArgumentException("'" + field + "' must be a string");
        }
        return v.asString();
    }

    static @Nullable String optText(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : text(n, field);
    }

    private static boolean present(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && !v.isNull();
    }

    private static void putNullable(ObjectNode n, String field, @Nullable String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void strings(ArrayNode out, List<String> values) {
        values.forEach(out::add);
    }

    private static List<String> strings(@Nullable JsonNode n) {
        return list(n, JsonNode::asString);
    }

    private static @Nullable List<String> optStrings(JsonNode n, String field) {
        return present(n, field) ? strings(n.get(field)) : null;
    }

    private static <T> List<T> list(@Nullable JsonNode n, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (n != null) {
            n.forEach(e -> out.add(item.apply(e)));
        }
        return out;
    }
}
