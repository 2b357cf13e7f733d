package io.scopekit.cli;

import io.scopekit.check.CheckCodec;
import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.Domains;
import io.scopekit.domain.ExplainOption;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.oracle.RulesInvalidException;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
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
 * <p>The command names no domain: it declares {@code --platform}, {@code --json} and the kit content, and each
 * domain's options as the domain describes them ({@link Domains#explainOptions()}); the domain whose spec
 * {@code --platform} names reads them from an {@link ExplainQuestion} and answers with its oracle;
 * {@link CheckCodec} prints the answer's JSON, the domain its text.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains the expected consent behaviour in one situation, with the rules and sources behind it.",
                "On a permission model (--platform feishu-openplatform): the platform's answer to an API call or a "
                        + "lifecycle step (docs/explain.md, \"Server side\")."})
final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--platform", required = true, paramLabel = "P", description = "Platform or port id.")
    String platform;

    @Option(names = "--json", description = "Print JSON (shape: docs/explain.md).")
    boolean json;

    @Mixin
    SpecsDirOption specs;

    @Mixin
    RulesDirOption rules;

    CommandSpec command;

    /**
     * Takes picocli's model of this command and declares on it the options the domains read
     * ({@link Domains#explainOptions()}), so that a new domain's options need no edit here.
     */
    @picocli.CommandLine.Spec
    void command(CommandSpec spec) {
        this.command = spec;
        for (ExplainOption option : Domains.explainOptions()) {
            OptionSpec.Builder declared = OptionSpec.builder(option.name()).description(option.description())
                    .required(option.required());
            switch (option.kind()) {
                case TEXT -> declared.type(String.class).paramLabel(option.label());
                case LIST -> declared.type(List.class).auxiliaryTypes(String.class).paramLabel(option.label());
                case FLAG -> declared.type(boolean.class).arity("0");
            }
            if (option.defaultValue() != null) {
                declared.defaultValue(option.defaultValue());
            }
            spec.addOption(declared.build());
        }
    }

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
