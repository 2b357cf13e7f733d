package io.scopekit.target.reference;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.Version;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.testsupport.Oracles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Checks that the reference runtime and the consent oracle — two independent encodings of the same documents —
 * agree on every aspect the oracle specifies, over the whole small state space of the platform specs.
 *
 * <p>One dynamic test per case, named {@code platform[container]/app-kind/scope/record/action/answer[@version]}.
 * Aspects the oracle marks unspecified are skipped and counted; the last dynamic test reports the counts.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the reference and the oracle only")
@ResourceLock("ReferenceOracleAgreementTest") // its own fixtures: its methods stay in its thread, in order
class ReferenceOracleAgreementTest {
    private static final Path SPECS = Path.of("platform-specs");
    private static final List<RecordState> STATES = List.of(RecordState.values());

    /** One point of the state space. */
    record Case(String platform, String container, String appKind, String scope, RecordState state, String version,
                Action action, String actionName, Answer answer) {

        String name() {
            String where = container == null ? platform : platform + "[" + container + "]";
            return where + "/" + appKind + "/" + scope + "/" + state.wireName() + "/" + actionName + "/"
                    + (answer == null ? "no-answer" : answer.wireName()) + (version == null ? "" : "@" + version);
        }

        Situation situation() {
            Map<String, RecordState> records = state == RecordState.NEVER_ASKED ? Map.of() : Map.of(scope, state);
            Answer os = action.osPromptPending() ? Answer.ALLOW : null;
            return new Situation(platform, container, appKind, version, records, action, answer, os);
        }
    }

    private final Map<Aspect, Integer> compared = new EnumMap<>(Aspect.class);
    private final Map<Aspect, Integer> skipped = new EnumMap<>(Aspect.class);
    /** Specified aspects with nothing to compare in the case (e.g. authSetting of an API call). */
    private final Map<Aspect, Integer> notApplicable = new EnumMap<>(Aspect.class);

    @TestFactory
    Stream<DynamicTest> reference_runtime_agrees_with_oracle(TestReporter reporter) {
        SpecCatalog specs = SpecCatalog.load(SPECS);
        List<Case> cases = cases(specs);
        ConsentOracle oracle = Oracles.embedded();
        ReferenceTarget target = new ReferenceTarget(specs, DeviceOs.ANDROID);
        Stream<DynamicTest> each = cases.stream()
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> agree(oracle, target, c)));
        DynamicTest summary = DynamicTest.dynamicTest("summary: compared and unspecified aspects", () -> {
            int total = cases.size() * Aspect.values().length;
            int counted = compared.values().stream().mapToInt(Integer::intValue).sum()
                    + notApplicable.values().stream().mapToInt(Integer::intValue).sum()
                    + skipped.values().stream().mapToInt(Integer::intValue).sum();
            reporter.publishEntry(Map.of(
                    "cases", String.valueOf(cases.size()),
                    "compared", compared.toString(),
                    "not applicable", notApplicable.toString(),
                    "unspecified", skipped.toString()));
            writeSummary(cases.size(), total);
            // THEN every aspect of every case was either compared or skipped as unspecified
            then(counted).isEqualTo(total);
        });
        return Stream.concat(each, Stream.of(summary));
    }

    /** Leaves the counts in target/agreement-summary.txt for the report (tests never print). */
    private void writeSummary(int cases, int total) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "agreement-summary", ".tmp");
        Files.writeString(tmp, "cases " + cases + "\naspects " + total + "\ncompared " + compared
                + "\nnot applicable " + notApplicable
                + "\nunspecified (skipped) " + skipped + "\n");
        Files.move(tmp, dir.resolve("agreement-summary.txt"), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private void agree(ConsentOracle oracle, ReferenceTarget target, Case c) {
        // GIVEN the situation, set up in a fresh reference session
        Decision decision = oracle.decide(c.situation());
        ReferenceSession session = target.open(
                new SessionConfig(c.platform(), c.container(), c.appKind(), c.version(), "app-1", "user-1",
                        "device-1"));
        if (c.state() != RecordState.NEVER_ASKED) {
            session.seed(c.scope(), c.state());
        }
        if (c.answer() != null) {
            session.script(PromptKind.CONSENT, c.answer());
        }
        if (c.action().osPromptPending()) {
            session.script(PromptKind.OS_PERMISSION, Answer.ALLOW);
        }
        // WHEN the action runs
        io.scopekit.target.ActionResult result = session.perform(c.action());
        if (result instanceof io.scopekit.target.TargetError error) {
            // A container without the action (Alipay has no my.authorize and no API asks for the scope): the target
            // refuses it, and the oracle must state nothing about it
            then(error.kind()).isEqualTo(io.scopekit.target.TargetError.Kind.UNSUPPORTED_ACTION);
            for (Aspect aspect : Aspect.values()) {
                then(decision.isUnspecified(aspect)).as("%s of an action the container does not have", aspect)
                        .isTrue();
                skipped.merge(aspect, 1, Integer::sum);
            }
            return;
        }
        Observation observed = (Observation) result;
        // THEN every aspect the oracle specifies agrees
        SoftAssertions softly = new SoftAssertions();
        for (Aspect aspect : Aspect.values()) {
            if (decision.isUnspecified(aspect)) {
                skipped.merge(aspect, 1, Integer::sum);
                continue;
            }
            boolean applicable = switch (aspect) {
                case OUTCOME -> decision.outcome() != null;
                case ERR_MSG -> decision.outcome() == Outcome.FAIL && !decision.errMsgPatterns().isEmpty();
                case ERRNO -> decision.errno() != null;
                case PROMPTS -> decision.prompts() != null;
                case RECORDS -> decision.recordsAfter() != null;
                case AUTH_SETTING -> decision.authSetting() != null;
                case SETTINGS_LIST -> decision.settingsList() != null;
                case RESPONSE_FIELDS -> !decision.responseFields().isEmpty();
            };
            (applicable ? compared : notApplicable).merge(aspect, 1, Integer::sum);
            String why = c.name() + " " + aspect + " (oracle rules " + decision.firedRules().stream().map(r -> r.name()).toList() + ")";
            switch (aspect) {
                case OUTCOME -> softly.assertThat(observed.outcome()).as(why).isEqualTo(decision.outcome());
                case ERR_MSG -> {
                    if (decision.outcome() == Outcome.FAIL && !decision.errMsgPatterns().isEmpty()) {
                        softly.assertThat(observed.errMsg()).as(why).isNotNull();
                        if (observed.errMsg() != null) {
                            softly.assertThat(decision.errMsgPatterns().stream().anyMatch(observed.errMsg()::contains))
                                    .as(why + ": '" + observed.errMsg() + "' contains one of "
                                            + decision.errMsgPatterns()).isTrue();
                        }
                    }
                }
                case ERRNO -> {
                    if (decision.errno() != null) {
                        softly.assertThat(observed.errno()).as(why).isEqualTo(decision.errno());
                    }
                }
                case PROMPTS -> {
                    if (decision.prompts() != null) {
                        softly.assertThat(observed.prompts()).as(why).containsExactlyElementsOf(decision.prompts());
                    }
                }
                case RECORDS -> {
                    if (decision.recordsAfter() != null) {
                        softly.assertThat(session.records().orElseThrow()).as(why).isEqualTo(decision.recordsAfter());
                    }
                }
                case AUTH_SETTING -> {
                    if (decision.authSetting() != null) {
                        softly.assertThat(observed.authSetting()).as(why).isEqualTo(decision.authSetting());
                    }
                }
                case SETTINGS_LIST -> {
                    if (decision.settingsList() != null) {
                        softly.assertThat(observed.settingsList()).as(why)
                                .containsExactlyInAnyOrderElementsOf(decision.settingsList());
                    }
                }
                case RESPONSE_FIELDS -> softly.assertThat(observed.response().keySet()).as(why)
                        .containsAll(decision.responseFields());
            }
        }
        softly.assertAll();
    }

    /** Enumerates the state space from the specs on disk (platform-specs/*.yaml). */
    static List<Case> cases(SpecCatalog specs) {
        List<Case> cases = new ArrayList<>();
        for (ClientPlatformSpec platform : specs.clientPlatforms()) {
            for (AppKind appKind : platform.appKinds()) {
                addCases(cases, PlatformProfile.of(specs, platform.id(), null, appKind.id()));
            }
        }
        for (PortMatrixSpec port : specs.portMatrices()) {
            for (Container container : port.containers()) {
                ClientPlatformSpec host = specs.platform(container.platform()).orElseThrow();
                for (AppKind appKind : host.appKinds()) {
                    addCases(cases, PlatformProfile.of(specs, port.id(), container.id(), appKind.id()));
                }
            }
        }
        return cases;
    }

    private static void addCases(List<Case> cases, PlatformProfile profile) {
        String since = profile.behaviour(BehaviourKey.RECORD_SYNC).since().map(Version::toString).orElse(null);
        TreeSet<String> boundaries = new TreeSet<>(Comparator.comparing(Version::parse));
        profile.scopes().forEach(scope -> scope.gate().map(Version::toString).ifPresent(boundaries::add));
        if (since != null) {
            boundaries.add(since);
        }
        for (PlatformProfile.Scope scope : profile.scopes()) {
            String gate = scope.gate().map(Version::toString).orElse(null);
            for (String version : versions(gate, since, boundaries)) {
                for (RecordState state : STATES) {
                    for (Map.Entry<String, Action> action : actions(scope, version, boundaries).entrySet()) {
                        boolean prompting = action.getValue().type() == io.scopekit.consent.ActionType.CALL_API
                                || action.getValue().type() == io.scopekit.consent.ActionType.AUTHORIZE;
                        for (Answer answer : prompting ? List.of(Answer.ALLOW, Answer.DENY)
                                : java.util.Collections.<Answer>singletonList(null)) {
                            cases.add(new Case(profile.platform(), profile.container(), profile.appKind().id(),
                                    scope.id(), state, version, action.getValue(), action.getKey(), answer));
                        }
                    }
                }
            }
        }
    }

    /**
     * The client versions worth trying for one scope: none (newest), both sides of the record-sync version, and
     * below / at / above the scope's gate, "below" being the nearest other boundary so that 5.9 vs 5.21 is tried.
     */
    private static List<String> versions(String gate, String since, TreeSet<String> boundaries) {
        List<String> versions = new ArrayList<>();
        versions.add(null);
        if (since != null) {
            versions.add(below(since, boundaries));
            versions.add(since);
        }
        if (gate != null) {
            versions.add(below(gate, boundaries));
            versions.add(gate);
            versions.add(above(gate));
        }
        return versions.stream().distinct().toList();
    }

    private static String below(String version, TreeSet<String> boundaries) {
        String lower = boundaries.lower(version);
        if (lower != null) {
            return lower;
        }
        String[] parts = version.split("\\.");
        int last = Integer.parseInt(parts[parts.length - 1]);
        if (last > 0) {
            parts[parts.length - 1] = String.valueOf(last - 1);
            return String.join(".", parts);
        }
        return String.valueOf(Integer.parseInt(parts[0]) - 1);
    }

    private static String above(String version) {
        String[] parts = version.split("\\.");
        parts[parts.length - 1] = String.valueOf(Integer.parseInt(parts[parts.length - 1]) + 1);
        return String.join(".", parts);
    }

    private static Map<String, Action> actions(PlatformProfile.Scope scope, String version,
                                               TreeSet<String> boundaries) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (String api : scope.apis()) {
            actions.put("call-api:" + api, Action.callApi(api));
            actions.put("call-api-os-prompt:" + api, Action.callApiWithOsPrompt(api));
        }
        actions.put("authorize", Action.authorize(scope.id()));
        actions.put("authorize-without-scope", Action.authorizeWithoutScope());
        actions.put("get-setting", Action.getSetting());
        actions.put("open-setting", Action.openSetting());
        actions.put("toggle-on", Action.toggleSetting(scope.id(), true));
        actions.put("toggle-off", Action.toggleSetting(scope.id(), false));
        actions.put("delete-app", Action.deleteApp());
        actions.put("reinstall", Action.reinstall());
        actions.put("change-device", Action.changeDevice("device-2"));
        if (version == null) {
            actions.put("upgrade-client:99.0", Action.upgradeClient("99.0"));
        } else {
            String higher = boundaries.higher(version);
            String to = higher != null ? higher : above(version);
            actions.put("upgrade-client:" + to, Action.upgradeClient(to));
        }
        return actions;
    }
}
