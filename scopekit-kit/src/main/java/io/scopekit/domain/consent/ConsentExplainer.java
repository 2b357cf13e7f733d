package io.scopekit.domain.consent;

import io.scopekit.consent.ActionType;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.RecordState;
import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.ExplainOption;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.domain.Explainer;
import io.scopekit.harness.RunResource;
import io.scopekit.harness.RunTarget;
import io.scopekit.harness.Targets;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.RunawayRulesException;
import io.scopekit.oracle.Situation;
import io.scopekit.oracle.Situations;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.Target;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code scopekit explain} on a client platform or a port: the options become a {@link Situations.Question},
 * {@link Situations} turns it into the oracle's situation; with {@code --record} or {@code --then}, a sequence of
 * steps each decided on the records the one before left.
 */
public final class ConsentExplainer implements Explainer {

    /** The options a client platform or a port is asked with; the words are explain's help, unchanged. */
    private static final List<ExplainOption> OPTIONS = List.of(
            ExplainOption.text("--scope", "S", "Scope id (required on client platforms and ports)."),
            ExplainOption.text("--state", "STATE",
                    "Record of the scope before the action: never-asked, granted or denied (default never-asked).")
                    .withDefault("never-asked"),
            ExplainOption.text("--action", "ACTION", "call-api, authorize, get-setting, open-setting, toggle-setting, "
                    + "delete-app, reinstall, change-device or upgrade-client.").mandatory(),
            ExplainOption.text("--api", "NAME", "API to call (call-api; default: the scope's first API)."),
            ExplainOption.text("--answer", "allow|deny", "The user's answer to a consent prompt."),
            ExplainOption.text("--os-answer", "allow|deny",
                    "The call needs a device permission too; the user's answer to the operating-system prompt."),
            ExplainOption.text("--client-version", "V",
                    "Host client version (default: at or above every gate); the new version for upgrade-client."),
            ExplainOption.text("--app-kind", "KIND", "mini-program or mini-game (default: the platform's first)."),
            ExplainOption.text("--container", "C", "Container of a port (uni-authorize)."),
            ExplainOption.text("--toggle", "on|off", "toggle-setting: switch the scope on or off."),
            ExplainOption.list("--record", "SCOPE=STATE",
                    "Another scope's record before the first step (repeatable), e.g. scope.camera=granted."),
            ExplainOption.list("--then", "ACTION[:ARG][@ANSWER]",
                    "A further step, decided on the records the previous step left (repeatable): "
                    + "call-api[:API], authorize[:SCOPE], toggle-setting:[SCOPE=]on|off, upgrade-client:V, "
                    + "get-setting, open-setting, delete-app, reinstall, change-device; @allow or @deny answers "
                    + "its consent prompt."));

    @Override
    public List<ExplainOption> options() {
        return OPTIONS;
    }

    /** The run's client-side target: it declares what it implements, which the certificate lists. */
    @Override
    public RunTarget<?> runTarget() {
        return new RunTarget<>(Targets.RUN_TARGET, Target::identity, Target::coverage);
    }

    /** The consent oracle, which most runs need and which takes a while to build. */
    @Override
    public List<RunResource<?>> preparedParts() {
        return List.of(ConsentResources.ORACLE);
    }

    /** The consent rules (the permission rules were never checked alone: their oracle is not built ahead). */
    @Override
    public void checkRules(Path rulesDir) {
        ConsentOracles.checkRules(rulesDir);
    }

    /** A client platform's or a port's id; an id that is no spec's comes here too, as the first domain's. */
    @Override
    public boolean explains(SpecCatalog catalog, String platform) {
        return catalog.platform(platform).isPresent() || catalog.portMatrix(platform).isPresent();
    }

    @Override
    public DomainExplanation explain(SpecCatalog catalog, @Nullable Path rulesDir, ExplainQuestion q) {
        Words words = new Words(q);
        if (words.scope == null) {
            throw new IllegalArgumentException("Missing required option: '--scope=S'");
        }
        ConsentOracle oracle = ConsentOracles.create(catalog, rulesDir);
        Situations.Question question = new Situations.Question(words.platform, words.container, words.appKind,
                words.clientVersion, words.scope, q.text("--state"), q.text("--action"), q.text("--api"),
                q.text("--answer"), q.text("--os-answer"), q.text("--toggle"));
        if (!words.records.isEmpty() || !words.then.isEmpty()) {
            return sequence(catalog, oracle, question, words);
        }
        try {
            Situation situation = Situations.on(catalog).situation(question);
            return new ConsentExplanation(situation, words.scope, Situations.state(question), oracle.decide(situation));
        } catch (RunawayRulesException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The options a sequence reads again for each step. */
    private static final class Words {
        final String platform;
        final @Nullable String container;
        final @Nullable String appKind;
        final @Nullable String clientVersion;
        final @Nullable String scope;
        final List<String> records;
        final List<String> then;

        Words(ExplainQuestion q) {
            platform = Objects.requireNonNull(q.text("--platform"), "--platform");
            container = q.text("--container");
            appKind = q.text("--app-kind");
            clientVersion = q.text("--client-version");
            scope = q.text("--scope");
            records = Objects.requireNonNullElse(q.list("--record"), List.of());
            then = Objects.requireNonNullElse(q.list("--then"), List.of());
        }
    }

    /**
     * Several steps: the first from the options, then each {@code --then}, every one decided on the records the one
     * before left (and on the version an upgrade moved to). Stops when a step leaves the records unspecified.
     */
    private static ConsentExplanationSequence sequence(SpecCatalog catalog, ConsentOracle oracle,
            Situations.Question first, Words words) {
        Situations situations = Situations.on(catalog);
        Map<String, RecordState> current = new LinkedHashMap<>();
        RecordState firstState = Situations.state(first);
        if (firstState != RecordState.NEVER_ASKED) {
            current.put(words.scope, firstState);
        }
        for (String r : words.records) {
            int eq = r.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--record '" + r + "': expected SCOPE=STATE, e.g. scope.camera=granted");
            }
            String recordScope = r.substring(0, eq);
            // checks the scope and the state against the specs, naming the valid choices
            situations.situation(new Situations.Question(words.platform, words.container, words.appKind, null,
                    recordScope, r.substring(eq + 1), "get-setting", null, null, null, null));
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
        for (String step : words.then) {
            questions.add(step(situations, step, words));
        }
        List<ConsentExplanation> steps = new ArrayList<>();
        String version = words.clientVersion;
        String stopped = null;
        for (int i = 0; i < questions.size(); i++) {
            Situations.Question q = questions.get(i);
            Situation asked = situations.situation(q);
            boolean upgrade = asked.action().type() == ActionType.UPGRADE_CLIENT;
            String at = upgrade ? asked.action().clientVersion() : version;
            Situation s = new Situation(asked.platform(), asked.container(), asked.appKind(), at, current,
                    asked.action(), asked.consentAnswer(), asked.osAnswer());
            Decision d = oracle.decide(s);
            steps.add(new ConsentExplanation(s, q.scope(), current.getOrDefault(q.scope(), RecordState.NEVER_ASKED), d));
            version = at;
            if (d.recordsAfter() == null) {
                if (i < questions.size() - 1) {
                    stopped = "step " + (i + 1) + " leaves the records unspecified ("
                            + d.unspecified().get(Aspect.RECORDS)
                            + "), so the steps after it cannot be decided";
                }
                break;
            }
            current = new LinkedHashMap<>(d.recordsAfter());
        }
        return new ConsentExplanationSequence(before, steps, stopped, words.then.size() + 1);
    }

    /** One {@code --then ACTION[:ARG][@ANSWER]} as a question about the scope it concerns. */
    private static Situations.Question step(Situations situations, String text, Words words) {
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
        String stepScope = words.scope;
        String stepApi = null;
        String stepToggle = null;
        String stepVersion = null;
        switch (stepAction) {
            case "call-api" -> {
                if (arg != null) {
                    stepApi = arg;
                    stepScope = situations.scopeOfApi(words.platform, arg);
                }
            }
            case "authorize" -> stepScope = arg != null ? arg : words.scope;
            case "toggle-setting" -> {
                if (arg == null) {
                    throw new IllegalArgumentException("--then '" + text + "': toggle-setting needs :on, :off or :SCOPE=on|off");
                }
                int eq = arg.indexOf('=');
                stepScope = eq < 0 ? words.scope : arg.substring(0, eq);
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
        return new Situations.Question(words.platform, words.container, words.appKind, stepVersion, stepScope, null,
                stepAction, stepApi, stepAnswer, null, stepToggle);
    }
}
