package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.Domains;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

/**
 * Explains what a conforming runtime must do in one situation: outcome, prompts, records afterwards, the rules
 * that say so with their source passages, and what the sources leave unspecified. JSON shape: docs/explain.md.
 *
 * <p>The command declares the options and names no domain: the domain whose spec {@code --platform} names
 * ({@link Domains}) reads the options it understands from an {@link ExplainQuestion} and answers with its oracle;
 * {@link CheckCodec} prints the answer's JSON, the domain its text.
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
        DomainExplanation explanation;
        try {
            explanation = Domains.explainer(catalog, platform).explain(catalog, rules.dir, question());
        } catch (IllegalArgumentException | RulesInvalidException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        PrintWriter out = command.commandLine().getOut();
        if (json) {
            out.println(CheckCodec.toJson(explanation));
        } else {
            explanation.print(out);
        }
        return ExitCode.OK;
    }

    /** Every option's value by its longest name, as parsed (defaults included). */
    private ExplainQuestion question() {
        Map<String, Object> words = new HashMap<>();
        for (OptionSpec option : command.options()) {
            words.put(option.longestName(), option.getValue());
        }
        return new ExplainQuestion(words);
    }
}
