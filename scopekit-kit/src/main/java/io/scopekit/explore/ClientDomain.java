package io.scopekit.explore;

import io.scopekit.consent.Action;
import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.Prompt;
import io.scopekit.consent.PromptKind;
import io.scopekit.harness.Bounded;
import io.scopekit.domain.consent.Conversation;
import io.scopekit.domain.consent.Exchange;
import io.scopekit.harness.RunResources;
import io.scopekit.oracle.Decision;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Client-side consent sequences: drawn by {@link ClientGenerator}, run by {@link ClientLockstep}. */
final class ClientDomain implements Domain<ClientSequence> {
    private final RunResources resources;
    private final ClientGenerator generator;
    private final ClientLockstep lockstep;

    ClientDomain(RunResources resources, List<String> platforms, Set<String> firedRules,
            Set<BehaviourKey> behaviours) {
        this.resources = resources;
        this.generator = new ClientGenerator(resources.catalog(), platforms);
        this.lockstep = new ClientLockstep(resources, firedRules, behaviours);
    }

    @Override
    public ClientSequence generate(long seed, long index, int maxSteps) {
        return generator.generate(seed, index, maxSteps);
    }

    @Override
    public Result run(ClientSequence sequence) {
        ClientLockstep.Result r = lockstep.run(sequence);
        return new Result(r.steps(), r.divergence());
    }

    @Override
    public Result run(ClientSequence sequence, Coverage coverage) {
        ClientLockstep.Result r = lockstep.run(sequence, coverage.rules(), coverage.behaviours());
        return new Result(r.steps(), r.divergence());
    }

    @Override
    public int size(ClientSequence sequence) {
        return sequence.steps().size();
    }

    @Override
    public String where(ClientSequence sequence) {
        return ClientDomain.describe(sequence.where());
    }

    static String describe(io.scopekit.harness.Where where) {
        return where.container() == null ? where.platform() + " (" + where.appKind() + ")"
                : where.platform() + "[" + where.container() + "]";
    }

    /** Steps after the divergence go first, then ddmin over the steps, then simpler values one at a time. */
    @Override
    public ClientSequence shrink(ClientSequence sequence, Divergence found) {
        Predicate<ClientSequence> same = candidate -> {
            Divergence d = lockstep.run(candidate).divergence();
            return d != null && d.sameAs(found);
        };
        ClientSequence current = sequence.withSteps(sequence.steps().subList(0, found.step() + 1));
        ClientSequence base = current;
        current = current.withSteps(Shrinker.ddmin(current.steps(), steps -> same.test(base.withSteps(steps))));
        if (current.clientVersion() != null && same.test(current.withClientVersion(null))) {
            current = current.withClientVersion(null);
        }
        List<ClientStep> steps = new ArrayList<>(current.steps());
        for (int i = 0; i < steps.size(); i++) {
            ClientStep step = steps.get(i);
            for (ClientStep simpler : simpler(step)) {
                List<ClientStep> candidate = new ArrayList<>(steps);
                candidate.set(i, simpler);
                if (same.test(current.withSteps(candidate))) {
                    steps = candidate;
                    break;
                }
            }
        }
        return current.withSteps(steps);
    }

    /** Simpler forms of a step: no operating-system prompt, an allowing user. */
    private static List<ClientStep> simpler(ClientStep step) {
        List<ClientStep> out = new ArrayList<>();
        if (step.os() != null) {
            out.add(new ClientStep(step.action(), step.consent(), null));
        }
        if (step.consent() == Answer.DENY) {
            out.add(new ClientStep(step.action(), Answer.ALLOW, step.os()));
        }
        return out;
    }

    @Override
    public String feature(ClientSequence sequence, String title, String header) {
        StringBuilder f = new StringBuilder();
        f.append(header);
        f.append("Feature: explore counterexample\n\n");
        f.append("  @behaviour-explore\n");
        f.append("  Scenario: ").append(title).append('\n');
        ClientGenerator.Ground ground = generator.grounds().stream()
                .filter(g -> g.where().equals(sequence.where())).findFirst().orElseThrow();
        if (ground.port()) {
            f.append("    Given an app using @uni/authorize in the \"").append(sequence.where().container())
                    .append("\" container\n");
        } else if (sequence.clientVersion() != null) {
            f.append("    Given a ").append(ground.phrase()).append(" user on client version \"")
                    .append(sequence.clientVersion()).append("\"\n");
        } else {
            f.append("    Given a ").append(ground.phrase()).append(" user\n");
        }
        List<String> keys = new ArrayList<>();
        for (String scope : ground.scopes()) {
            keys.add(resources.recordKey(sequence.where().platform(), sequence.where().container(), scope));
        }
        // The oracle's decisions for the shrunk sequence, as the replay will meet them.
        List<ClientStep> performed = new ArrayList<>();
        List<Decision> decisions = decisions(sequence, performed);
        for (int i = 0; i < performed.size(); i++) {
            ClientStep step = performed.get(i);
            if (step.os() != null) {
                f.append("    And the operating system will also ask for its permission, and the user ")
                        .append(verdict(step.os())).append('\n');
            }
            f.append("    When ").append(when(step)).append('\n');
            if (i < decisions.size()) {
                for (String then : thens(step.action(), decisions.get(i), keys)) {
                    f.append("    Then ").append(then).append('\n');
                }
            }
        }
        return f.toString();
    }

    private List<Decision> decisions(ClientSequence sequence, List<ClientStep> performed) {
        List<Decision> out = new ArrayList<>();
        try (Conversation conversation = new Conversation(resources, Bounded.inline())) {
            conversation.runOn(sequence.where());
            if (sequence.clientVersion() != null) {
                conversation.clientVersion(sequence.clientVersion());
            }
            for (ClientStep generated : sequence.steps()) {
                ClientStep step = ClientLockstep.effective(resources, sequence.where(), generated,
                        conversation.records());
                performed.add(step);
                if (step.os() != null) {
                    conversation.osPrompt(step.os());
                }
                Exchange e = conversation.act(step.action(), step.consent());
                out.add(e.decision());
            }
        }
        return out;
    }

    private static String verdict(Answer answer) {
        return answer == Answer.ALLOW ? "allows" : "denies";
    }

    private static String when(ClientStep step) {
        Action a = step.action();
        String answer = step.consent() == null ? "" : " and the user " + verdict(step.consent());
        return switch (a.type()) {
            case CALL_API -> "the app calls \"" + a.api() + "\"" + answer;
            case AUTHORIZE -> "the app asks ahead for \"" + a.scope() + "\"" + answer;
            case GET_SETTING -> "the app reads the authorization settings";
            case OPEN_SETTING -> "the user opens the settings page";
            case TOGGLE_SETTING -> "the user switches \"" + a.scope() + "\" "
                    + (Boolean.TRUE.equals(a.enabled()) ? "on" : "off") + " in the settings page";
            case DELETE_APP -> "the user deletes the app";
            case REINSTALL -> "the user reinstalls the client";
            case CHANGE_DEVICE -> "the user signs in on another device";
            case UPGRADE_CLIENT -> "the client is upgraded to version \"" + a.clientVersion() + "\"";
        };
    }

    /**
     * The Then steps that state the decision, aspect by aspect, where the step language can say it; what it cannot
     * say (a {@code done} outcome, a prompt list no step names) is left to a comment.
     */
    static List<String> thens(Action action, Decision d, List<String> keys) {
        List<String> out = new ArrayList<>();
        if (d.isUnspecified(Aspect.OUTCOME)) {
            out.add("the outcome is unspecified by the sources");
        } else if (d.outcome() == Outcome.SUCCESS) {
            out.add("the call succeeds");
        } else if (d.outcome() == Outcome.FAIL) {
            List<String> p = ClientLockstep.sorted(d.errMsgPatterns());
            if (!d.isUnspecified(Aspect.ERR_MSG) && p != null && p.size() == 2) {
                out.add("the call fails with an errMsg containing \"" + p.get(0) + "\" or \"" + p.get(1) + "\"");
            } else {
                out.add("the call fails");
            }
        }
        if (d.isUnspecified(Aspect.ERR_MSG)) {
            out.add("the error message is unspecified by the sources");
        }
        if (d.isUnspecified(Aspect.PROMPTS)) {
            out.add("the prompts are unspecified by the sources");
        } else {
            String prompts = prompts(d.prompts());
            if (prompts != null) {
                out.add(prompts);
            }
        }
        if (action.type() == ActionType.GET_SETTING) {
            if (d.isUnspecified(Aspect.AUTH_SETTING)) {
                out.add("the settings are unspecified by the sources");
            } else if (d.authSetting().isEmpty()) {
                out.add("the settings report no scopes");
            } else {
                for (String key : keys) {
                    Boolean v = d.authSetting().get(key);
                    out.add("the settings report \"" + key + "\" as " + (v == null ? "absent" : v.toString()));
                }
            }
        }
        if (action.type() == ActionType.OPEN_SETTING) {
            if (d.isUnspecified(Aspect.SETTINGS_LIST)) {
                out.add("the settings page is unspecified by the sources");
            } else if (d.settingsList().isEmpty()) {
                out.add("the settings page lists no scopes");
            } else {
                out.add("the settings page lists \"" + String.join(", ", ClientLockstep.sorted(d.settingsList()))
                        + "\"");
            }
        }
        if (action.type() == ActionType.AUTHORIZE) {
            if (d.isUnspecified(Aspect.RESPONSE_FIELDS)) {
                out.add("the response fields are unspecified by the sources");
            } else if (d.responseFields().isEmpty()) {
                out.add("the response carries no platform fields");
            } else {
                out.add("the response carries \"" + String.join(", ", ClientLockstep.sorted(d.responseFields()))
                        + "\"");
            }
        }
        return out;
    }

    private static @org.jspecify.annotations.Nullable String prompts(List<Prompt> prompts) {
        if (prompts.isEmpty()) {
            return "no prompt is shown";
        }
        Prompt first = prompts.get(0);
        if (prompts.size() == 1 && first.kind() == PromptKind.CONSENT) {
            return "the user is asked to allow \"" + first.scope() + "\"";
        }
        if (prompts.size() == 1 && first.kind() == PromptKind.GUIDE_TO_SETTINGS) {
            return "a prompt guides the user to the settings page for \"" + first.scope() + "\"";
        }
        if (prompts.size() == 2 && first.kind() == PromptKind.CONSENT
                && prompts.get(1).equals(Prompt.osPermission(first.scope()))) {
            return "the prompt for \"" + first.scope() + "\" is shown before the operating system's prompt";
        }
        return null;
    }
}
