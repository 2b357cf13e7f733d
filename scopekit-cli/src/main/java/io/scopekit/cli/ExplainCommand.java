package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.Explanation;
import io.scopekit.check.PermissionExplanation;
import io.scopekit.domain.consent.ExplanationText;
import io.scopekit.domain.permission.PermissionExplanationText;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.oracle.PermissionSituations;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.oracle.Situation;
import io.scopekit.oracle.Situations;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.check.ExplanationSequence;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.Decision;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Explains what a conforming runtime must do in one situation: outcome, prompts, records afterwards, the rules
 * that say so with their source passages, and what the sources leave unspecified. JSON shape: docs/explain.md.
 *
 * <p>The options become a {@link Situations.Question}; {@link Situations} turns it into the oracle's situation,
 * {@link ExplanationText} or {@link CheckCodec} renders the {@link Explanation}.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the expected consent behaviour in one situation, with the rules and sources behind it.",
                "On a permission model (--platform feishu-openplatform): the platform's answer to an API call or a "
                        + "lifecycle step (docs/explain.md, \"Server side\")."})
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--platform", required = true, paramLabel = "P", description = "Platform or port id.")
    String platform;

    @Option(names = "--scope", paramLabel = "S", description = "Scope id (required on client platforms and ports).")
    String scope;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "never-asked",
            description = "Record of the scope before the action: never-asked, granted or denied (default never-asked).")
    String state;

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "call-api, authorize, get-setting, open-setting, toggle-setting, delete-app, reinstall, "
                    + "change-device or upgrade-client. On a permission model: call-api, deliver-event or a lifecycle step (apply, "
                    + "import, export, create-version, submit-version, approve-version, reject-version, "
                    + "switch-to-test-version, switch-to-formal-version, release, configure-data-scope).")
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

    @Option(names = "--record", paramLabel = "SCOPE=STATE",
            description = "Another scope's record before the first step (repeatable), e.g. scope.camera=granted.")
    List<String> records = new ArrayList<>();

    @Option(names = "--then", paramLabel = "ACTION[:ARG][@ANSWER]",
            description = "A further step, decided on the records the previous step left (repeatable): "
                    + "call-api[:API], authorize[:SCOPE], toggle-setting:[SCOPE=]on|off, upgrade-client:V, "
                    + "get-setting, open-setting, delete-app, reinstall, change-device; @allow or @deny answers "
                    + "its consent prompt.")
    List<String> then = new ArrayList<>();

    @Option(names = "--app-type", paramLabel = "custom|store", description = "Permission model: the app's type (default custom).")
    String appType;

    @Option(names = "--identity", paramLabel = "tenant|user",
            description = "Permission model: the token's identity, and of --permission/--has without a prefix (default tenant).")
    String identity;

    @Option(names = "--token", paramLabel = "T", description = "Permission model: valid (default), missing, invalid or expired.")
    String token;

    @Option(names = "--developer", description = "Permission model: the user token is the app developer's own.")
    boolean developer;

    @Option(names = "--field", paramLabel = "F", description = "Permission model: a response field asked for (repeatable).")
    java.util.List<String> fields;

    @Option(names = "--has", paramLabel = "[ID:]P=STATE",
            description = "Permission model: a permission of the app before, e.g. tenant:im:message=enabled (repeatable).")
    java.util.List<String> has;

    @Option(names = "--level", paramLabel = "P=LEVEL",
            description = "Permission model: a permission's level in the app: review-exempt, review-required, normal, advanced (repeatable).")
    java.util.List<String> levels;

    @Option(names = "--grant", paramLabel = "P", description = "Permission model: a permission the token's user authorized (repeatable).")
    java.util.List<String> grants;

    @Option(names = "--data-scope", description = "Permission model: the app's data scope is configured.")
    boolean dataScope;

    @Option(names = "--test-version", description = "Permission model: the app runs its test version.")
    boolean testVersion;

    @Option(names = "--version-status", paramLabel = "S",
            description = "Permission model: the latest version's status: pending-application, in-review, testing, approved, rejected.")
    String versionStatus;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Permission model: the version's reason (申请理由).")
    String reason;

    @Option(names = "--approved-by", paramLabel = "R", description = "Permission model: a reviewer that approved the version so far (repeatable).")
    java.util.List<String> approvedBy;

    @Option(names = "--permission", paramLabel = "[ID:]P", description = "Permission model, apply: a permission to apply for (repeatable).")
    java.util.List<String> permissions;

    @Option(names = "--import-json", paramLabel = "JSON", description = "Permission model, import: the batch JSON.")
    String importJson;

    @Option(names = "--reviewer", paramLabel = "R", description = "Permission model, approve/reject-version: platform or tenant-admin.")
    String reviewer;

    @Option(names = "--release-kind", paramLabel = "K", description = "Permission model, release: targeted, full or non-public.")
    String releaseKind;

    @Option(names = "--owner", paramLabel = "ID",
            description = "Permission model, deliver-event: who owns or manages the changed document (repeatable): "
                    + "app (the app), user (the token's user) or another id.")
    java.util.List<String> owners;

    @Option(names = "--event-needs", paramLabel = "P",
            description = "Permission model, deliver-event: a permission the event's page lists (repeatable; "
                    + "default: not named).")
    java.util.List<String> eventNeeds;

    @Option(names = "--json", description = "Print JSON (shape: docs/explain.md).")
    boolean json;

    @Mixin
    SpecsDirOption specs;

    @Mixin
    RulesDirOption rules;

    @picocli.CommandLine.Spec
    CommandSpec command;

    @Override
    public Integer call() {
        SpecCatalog catalog = specs.load();
        if (PermissionSituations.on(catalog).isModel(platform)) {
            return explainPermission(catalog);
        }
        if (scope == null) {
            throw CliFailure.badInput("Missing required option: '--scope=S'");
        }
        ConsentOracle oracle;
        try {
            oracle = ConsentOracles.create(catalog, rules.dir);
        } catch (RulesInvalidException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        Situations.Question question = new Situations.Question(platform, container, appKind, clientVersion, scope,
                state, action, api, answer, osAnswer, toggle);
        if (!records.isEmpty() || !then.isEmpty()) {
            return sequence(catalog, oracle, question);
        }
        Explanation explanation;
        try {
            Situation situation = Situations.on(catalog).situation(question);
            explanation = new Explanation(situation, scope, Situations.state(question), oracle.decide(situation));
        } catch (IllegalArgumentException | io.scopekit.oracle.RunawayRulesException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(CheckCodec.toJson(explanation));
        } else {
            ExplanationText.print(out, explanation);
        }
        return ExitCode.OK;
    }

    /**
     * Several steps: the first from the options, then each {@code --then}, every one decided on the records the one
     * before left (and on the version an upgrade moved to). Stops when a step leaves the records unspecified.
     */
    private Integer sequence(SpecCatalog catalog, ConsentOracle oracle, Situations.Question first) {
        Situations situations = Situations.on(catalog);
        ExplanationSequence sequence;
        try {
            Map<String, RecordState> current = new LinkedHashMap<>();
            RecordState firstState = Situations.state(first);
            if (firstState != RecordState.NEVER_ASKED) {
                current.put(scope, firstState);
            }
            for (String r : records) {
                int eq = r.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException("--record '" + r + "': expected SCOPE=STATE, e.g. scope.camera=granted");
                }
                String recordScope = r.substring(0, eq);
                // checks the scope and the state against the specs, naming the valid choices
                situations.situation(new Situations.Question(platform, container, appKind, null, recordScope,
                        r.substring(eq + 1), "get-setting", null, null, null, null));
                RecordState st = RecordState.fromWireName(r.substring(eq + 1));
                if (st == RecordState.NEVER_ASKED) {
                    current.remove(recordScope);
                } else {
                    current.put(recordScope, st);
                }
            }
            Map<String, RecordState> before = Map.copyOf(current);
            List<Situations.Question> questions = new ArrayList<>();
            questions.add(first);
            for (String step : then) {
                questions.add(step(situations, step));
            }
            List<Explanation> steps = new ArrayList<>();
            String version = clientVersion;
            String stopped = null;
            for (int i = 0; i < questions.size(); i++) {
                Situations.Question q = questions.get(i);
                Situation asked = situations.situation(q);
                boolean upgrade = asked.action().type() == io.scopekit.consent.ActionType.UPGRADE_CLIENT;
                String at = upgrade ? asked.action().clientVersion() : version;
                Situation s = new Situation(asked.platform(), asked.container(), asked.appKind(), at, current,
                        asked.action(), asked.consentAnswer(), asked.osAnswer());
                Decision d = oracle.decide(s);
                steps.add(new Explanation(s, q.scope(), current.getOrDefault(q.scope(), RecordState.NEVER_ASKED), d));
                version = at;
                if (d.recordsAfter() == null) {
                    if (i < questions.size() - 1) {
                        stopped = "step " + (i + 1) + " leaves the records unspecified ("
                                + d.unspecified().get(io.scopekit.consent.Aspect.RECORDS)
                                + "), so the steps after it cannot be decided";
                    }
                    break;
                }
                current = new LinkedHashMap<>(d.recordsAfter());
            }
            sequence = new ExplanationSequence(before, steps, stopped);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(CheckCodec.toJson(sequence));
        } else {
            for (int i = 0; i < sequence.steps().size(); i++) {
                out.println("Step " + (i + 1) + " of " + (then.size() + 1) + ":");
                ExplanationText.print(out, sequence.steps().get(i));
                out.println();
            }
            if (sequence.stopped() != null) {
                out.println("Stopped: " + sequence.stopped());
            }
        }
        return ExitCode.OK;
    }

    /** One {@code --then ACTION[:ARG][@ANSWER]} as a question about the scope it concerns. */
    private Situations.Question step(Situations situations, String text) {
        String body = text;
        String stepAnswer = null;
        int at = body.lastIndexOf('@');
        if (at >= 0) {
            stepAnswer = body.substring(at + 1);
            body = body.substring(0, at);
        }
        int colon = body.indexOf(':');
        String stepAction = colon < 0 ? body : body.substring(0, colon);
        String arg = colon < 0 ? null : body.substring(colon + 1);
        String stepScope = scope;
        String stepApi = null;
        String stepToggle = null;
        String stepVersion = null;
        switch (stepAction) {
            case "call-api" -> {
                if (arg != null) {
                    stepApi = arg;
                    stepScope = situations.scopeOfApi(platform, arg);
                }
            }
            case "authorize" -> stepScope = arg != null ? arg : scope;
            case "toggle-setting" -> {
                if (arg == null) {
                    throw new IllegalArgumentException("--then '" + text + "': toggle-setting needs :on, :off or :SCOPE=on|off");
                }
                int eq = arg.indexOf('=');
                stepScope = eq < 0 ? scope : arg.substring(0, eq);
                stepToggle = eq < 0 ? arg : arg.substring(eq + 1);
            }
            case "upgrade-client" -> {
                if (arg == null) {
                    throw new IllegalArgumentException("--then '" + text + "': upgrade-client needs :VERSION");
                }
                stepVersion = arg;
            }
            default -> {
                if (arg != null) {
                    throw new IllegalArgumentException("--then '" + text + "': " + stepAction + " takes no argument");
                }
            }
        }
        return new Situations.Question(platform, container, appKind, stepVersion, stepScope, null, stepAction,
                stepApi, stepAnswer, null, stepToggle);
    }

    private Integer explainPermission(SpecCatalog catalog) {
        PermissionOracle oracle;
        try {
            oracle = PermissionOracles.create(catalog, rules.dir);
        } catch (RulesInvalidException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PermissionSituations.Question question = new PermissionSituations.Question(platform, action, appType,
                identity, token, developer, api, fields, has, levels, grants, dataScope, testVersion, versionStatus,
                reason, approvedBy, permissions, importJson, reviewer, releaseKind, owners, eventNeeds);
        PermissionExplanation explanation;
        try {
            PermissionSituation situation = PermissionSituations.on(catalog).situation(question);
            explanation = new PermissionExplanation(situation, oracle.decide(situation));
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(CheckCodec.toJson(explanation));
        } else {
            PermissionExplanationText.print(out, explanation);
        }
        return ExitCode.OK;
    }
}
