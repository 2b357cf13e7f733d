package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.Explanation;
import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.FiredRule;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.oracle.Situation;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Explains what a conforming runtime must do in one situation: outcome, prompts, records afterwards, the rules
 * that say so with their source passages, and what the sources leave unspecified. JSON shape: docs/explain.md.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain the expected consent behaviour in one situation, with the rules and sources behind it.")
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--platform", required = true, paramLabel = "P", description = "Platform or port id.")
    String platform;

    @Option(names = "--scope", required = true, paramLabel = "S", description = "Scope id.")
    String scope;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "never-asked",
            description = "Record of the scope before the action: never-asked, granted or denied (default never-asked).")
    String state;

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "call-api, authorize, get-setting, open-setting, toggle-setting, delete-app, reinstall, "
                    + "change-device or upgrade-client.")
    String action;

    @Option(names = "--api", paramLabel = "NAME", description = "API to call (call-api; default: the scope's first API).")
    String api;

    @Option(names = "--answer", paramLabel = "allow|deny", description = "The user's answer to a consent prompt.")
    String answer;

    @Option(names = "--os-answer", paramLabel = "allow|deny",
            description = "The call needs a device permission too; the user's answer to the operating-system prompt.")
    String osAnswer;

    @Option(names = "--client-version", paramLabel = "V",
            description = "Host client version (default: at or above every gate); the new version for upgrade-client.")
    String clientVersion;

    @Option(names = "--app-kind", paramLabel = "KIND", description = "mini-program or mini-game (default: the platform's first).")
    String appKind;

    @Option(names = "--container", paramLabel = "C", description = "Container of a port (uni-authorize).")
    String container;

    @Option(names = "--toggle", paramLabel = "on|off", description = "toggle-setting: switch the scope on or off.")
    String toggle;

    @Option(names = "--json", description = "Print JSON (shape: docs/explain.md).")
    boolean json;

    @Mixin
    SpecsDirOption specs;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules directory compiled now (default: the embedded rules).")
    Path rules;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SpecCatalog catalog = specs.load();
        ConsentOracle oracle;
        try {
            oracle = ConsentOracles.create(catalog, rules);
        } catch (RulesInvalidException e) {
            throw new Main.UsageProblem(e.getMessage());
        }
        Situation situation;
        Decision decision;
        try {
            situation = situation(catalog);
            decision = oracle.decide(situation);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageProblem(e.getMessage());
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(CheckCodec.toJson(
                    new Explanation(situation, scope, RecordState.fromWireName(state), decision)));
        } else {
            text(out, situation, decision);
        }
        return ExitCode.OK;
    }

    private Situation situation(SpecCatalog catalog) {
        ActionType type = ActionType.fromWireName(action);
        RecordState before = RecordState.fromWireName(state);
        List<String> apis = apisOf(catalog);
        String kind = appKind != null ? AppKind.fromId(appKind).id() : defaultAppKind(catalog);
        Action a = switch (type) {
            case CALL_API -> {
                String name = api != null ? api : apis.get(0);
                if (api != null && !apis.contains(api)) {
                    throw new IllegalArgumentException("API '" + api + "' is not guarded by " + scope + " on " + platform
                            + " (its APIs: " + String.join(", ", apis) + ")");
                }
                yield osAnswer != null ? Action.callApiWithOsPrompt(name) : Action.callApi(name);
            }
            case AUTHORIZE -> Action.authorize(scope);
            case GET_SETTING -> Action.getSetting();
            case OPEN_SETTING -> Action.openSetting();
            case TOGGLE_SETTING -> {
                if (toggle == null || !(toggle.equals("on") || toggle.equals("off"))) {
                    throw new IllegalArgumentException("toggle-setting needs --toggle on|off");
                }
                yield Action.toggleSetting(scope, toggle.equals("on"));
            }
            case DELETE_APP -> Action.deleteApp();
            case REINSTALL -> Action.reinstall();
            case CHANGE_DEVICE -> Action.changeDevice("another-device");
            case UPGRADE_CLIENT -> {
                if (clientVersion == null) {
                    throw new IllegalArgumentException("upgrade-client needs --client-version (the new version)");
                }
                yield Action.upgradeClient(clientVersion);
            }
        };
        Map<String, RecordState> records = new LinkedHashMap<>();
        if (before != RecordState.NEVER_ASKED) {
            records.put(scope, before);
        }
        return new Situation(platform, container, kind, clientVersion, records, a,
                answer == null ? null : Answer.fromWireName(answer),
                osAnswer == null ? null : Answer.fromWireName(osAnswer));
    }

    /** The APIs the scope guards; throws naming the valid platforms or scopes. */
    private List<String> apisOf(SpecCatalog catalog) {
        if (catalog.platform(platform).isPresent()) {
            ClientPlatformSpec p = catalog.platform(platform).get();
            return p.scope(scope).map(ScopeSpec::apis).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scope '" + scope + "' of " + platform + " (expected one of: "
                            + String.join(", ", new TreeSet<>(p.scopes().stream().map(ScopeSpec::id).toList())) + ")"));
        }
        if (catalog.portMatrix(platform).isPresent()) {
            PortMatrixSpec p = catalog.portMatrix(platform).get();
            return p.scope(scope).map(PortScope::apis).orElseThrow(() -> new IllegalArgumentException(
                    "unknown scope '" + scope + "' of " + platform + " (expected one of: "
                            + String.join(", ", new TreeSet<>(p.scopes().stream().map(PortScope::id).toList())) + ")"));
        }
        List<String> valid = new ArrayList<>();
        catalog.clientPlatforms().forEach(p -> valid.add(p.id()));
        catalog.portMatrices().forEach(p -> valid.add(p.id()));
        throw new IllegalArgumentException("unknown platform '" + platform + "' (expected one of: "
                + String.join(", ", new TreeSet<>(valid)) + ")");
    }

    private String defaultAppKind(SpecCatalog catalog) {
        return catalog.platform(platform).map(p -> p.appKinds().get(0).id()).orElse(AppKind.MINI_PROGRAM.id());
    }

    private void text(PrintWriter out, Situation s, Decision d) {
        out.println(s.platform() + (s.container() == null ? "" : " (container " + s.container() + ")") + ", "
                + s.appKind() + (s.clientVersion() == null ? "" : ", client " + s.clientVersion()) + ": "
                + describe(s.action()) + " with " + scope + " " + state);
        out.println("  outcome:        " + value(d, Aspect.OUTCOME, d.outcome() == null ? null : d.outcome().wireName()));
        if (d.outcome() == io.scopekit.consent.Outcome.FAIL || d.isUnspecified(Aspect.ERR_MSG)) {
            out.println("  errMsg:         " + value(d, Aspect.ERR_MSG, d.errMsgPatterns().isEmpty() ? "any"
                    : "contains one of " + d.errMsgPatterns()));
            out.println("  errno:          " + value(d, Aspect.ERRNO, String.valueOf(d.errno())));
        }
        out.println("  prompts:        " + value(d, Aspect.PROMPTS, d.prompts() == null ? null
                : d.prompts().isEmpty() ? "none" : d.prompts().stream().map(Prompt::toString).toList().toString()));
        out.println("  records after:  " + value(d, Aspect.RECORDS, d.recordsAfter() == null ? null : records(d)));
        if (d.authSetting() != null || d.isUnspecified(Aspect.AUTH_SETTING)) {
            out.println("  authSetting:    " + value(d, Aspect.AUTH_SETTING, String.valueOf(d.authSetting())));
        }
        if (d.settingsList() != null || d.isUnspecified(Aspect.SETTINGS_LIST)) {
            out.println("  settings page:  " + value(d, Aspect.SETTINGS_LIST, String.valueOf(d.settingsList())));
        }
        if (!d.responseFields().isEmpty() || d.isUnspecified(Aspect.RESPONSE_FIELDS)) {
            out.println("  response:       " + value(d, Aspect.RESPONSE_FIELDS, d.responseFields().toString()));
        }
        out.println("rules fired:");
        int i = 1;
        for (FiredRule r : d.firedRules()) {
            out.println("  " + i++ + ". " + r.name() + "  [" + r.file() + "]");
            out.println("     " + r.seed() + " §" + r.section() + ": " + r.passage());
        }
        if (!d.unspecified().isEmpty()) {
            out.println("unspecified:");
            d.unspecified().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> out.println("  " + wire(e.getKey()) + ": " + e.getValue()));
        }
    }

    private static String value(Decision d, Aspect aspect, String value) {
        return d.isUnspecified(aspect) ? "unspecified (see below)" : value;
    }

    private static String records(Decision d) {
        if (d.recordsAfter().isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(d.recordsAfter()).forEach((k, v) -> parts.add(k + "=" + v.wireName()));
        return String.join(", ", parts);
    }

    private static String describe(Action a) {
        return a.type().wireName() + (a.api() == null ? "" : " " + a.api())
                + (a.enabled() == null ? "" : a.enabled() ? " on" : " off")
                + (a.osPromptPending() ? " (device permission pending)" : "");
    }

    static String wire(Aspect a) {
        return a.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
