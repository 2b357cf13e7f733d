package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.check.Explanation;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.oracle.Situation;
import io.scopekit.oracle.Situations;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
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
            throw CliFailure.badInput(e.getMessage());
        }
        Situations.Question question = new Situations.Question(platform, container, appKind, clientVersion, scope,
                state, action, api, answer, osAnswer, toggle);
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
}
