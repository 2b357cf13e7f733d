package io.scopekit.target.reference.permission;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.domain.permission.PermissionConversation;
import io.scopekit.domain.permission.PermissionExchange;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.oracle.PermissionDecision;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppType;
import io.scopekit.permission.EventDelivery;
import io.scopekit.permission.Identity;
import io.scopekit.permission.LifecycleAction;
import io.scopekit.permission.PermissionAspect;
import io.scopekit.permission.PermissionLevel;
import io.scopekit.permission.PermissionRef;
import io.scopekit.permission.PermissionState;
import io.scopekit.permission.PermissionStatus;
import io.scopekit.permission.PlatformObservation;
import io.scopekit.permission.PlatformRequest;
import io.scopekit.permission.ReleaseKind;
import io.scopekit.permission.Reviewer;
import io.scopekit.permission.ScopeLists;
import io.scopekit.permission.ScopesExport;
import io.scopekit.permission.TokenStatus;
import io.scopekit.permission.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * Checks that the reference open platform and the permission oracle — two independent encodings of seed 001 and
 * the pages the spec cites — agree on every aspect the oracle specifies, over a generated matrix of app types,
 * levels, permissions, identities, histories and final requests.
 *
 * <p>Each case is a short history driven through a {@link PermissionConversation} (the oracle's states threaded as
 * in the scenarios); every exchange of the history is compared, not only the last. Aspects the oracle leaves
 * unspecified are counted and skipped; the last dynamic test checks that every aspect was counted.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: its own RunResources")
@ResourceLock("ReferencePermissionOracleAgreementTest") // its own fixtures: its methods stay in its thread, in order
class ReferencePermissionOracleAgreementTest {
    /** Permissions standing for the catalog's kinds: plain, data-scoped, debuggable with the developer's token, tenant only. */
    private static final List<String> PERMISSIONS = List.of("calendar:calendar:readonly",
            "contact:contact.base:readonly", "bitable:app", "corehr:corehr:readonly");
    /** An API of each permission above, and one creating a resource. */
    private static final Map<String, String> API_OF = Map.of("calendar:calendar:readonly",
            "calendar.v4.calendars.list", "contact:contact.base:readonly", "contact.v3.users.get", "bitable:app",
            "bitable.v1.app_roles.list", "corehr:corehr:readonly", "corehr.v1.authorizations.get_by_param");

    private static RunResources resources;
    private final Map<PermissionAspect, Integer> compared = new EnumMap<>(PermissionAspect.class);
    private final Map<PermissionAspect, Integer> unspecified = new EnumMap<>(PermissionAspect.class);
    private final Map<PermissionAspect, Integer> notApplicable = new EnumMap<>(PermissionAspect.class);
    private int exchanges;

    @BeforeAll
    static void open() {
        resources = RunResources.open(RunSettings.defaults());
    }

    @AfterAll
    static void close() {
        resources.close();
    }

    /** One generated case: an app, a level for its permission, a history and a final request. */
    record Case(String name, AppType type, PermissionLevel level, String permission, Identity identity,
                boolean dataScope, boolean grant, History history, Final last) {}

    enum History { NONE, APPLIED, VERSION_CREATED, SUBMITTED, PLATFORM_APPROVED, APPROVED, REJECTED, TEST_VERSION,
        IMPORTED }

    enum Final { CALL, CALL_FIELD, CALL_DEVELOPER, CALL_INVALID_TOKEN, CALL_EXPIRED_TOKEN, CALL_NO_TOKEN, CREATE_BASE,
        APPLY, IMPORT, IMPORT_UNKNOWN, IMPORT_MALFORMED, EXPORT, CREATE_VERSION, SUBMIT, APPROVE_PLATFORM,
        APPROVE_ADMIN, REJECT, SWITCH_TEST, SWITCH_FORMAL, RELEASE, CONFIGURE_DATA_SCOPE, EVENT_OWN, EVENT_MANAGED, EVENT_OTHER }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (AppType type : AppType.values()) {
            List<PermissionLevel> levels = type == AppType.CUSTOM
                    ? List.of(PermissionLevel.REVIEW_EXEMPT, PermissionLevel.REVIEW_REQUIRED)
                    : List.of(PermissionLevel.NORMAL, PermissionLevel.ADVANCED);
            for (PermissionLevel level : levels) {
                for (String permission : PERMISSIONS) {
                    for (Identity identity : Identity.values()) {
                        for (History history : History.values()) {
                            for (Final last : Final.values()) {
                                for (boolean dataScope : List.of(false, true)) {
                                    boolean grant = !dataScope;
                                    String name = String.join("/", type.wireName(), level.wireName(), permission,
                                            identity.wireName(), history.name().toLowerCase(),
                                            last.name().toLowerCase(), dataScope ? "data-scope" : "no-data-scope",
                                            grant ? "granted" : "not-granted");
                                    cases.add(new Case(name, type, level, permission, identity, dataScope, grant,
                                            history, last));
                                }
                            }
                        }
                    }
                }
            }
        }
        return cases;
    }

    @TestFactory
    Stream<DynamicTest> reference_platform_agrees_with_the_permission_oracle() {
        List<Case> cases = cases();
        Stream<DynamicTest> each = cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> agree(c)));
        DynamicTest summary = DynamicTest.dynamicTest("summary: compared and unspecified aspects", () -> {
            int counted = sum(compared) + sum(unspecified) + sum(notApplicable);
            writeSummary(cases.size());
            // THEN every aspect of every exchange was compared, skipped as unspecified, or did not apply
            then(counted).isEqualTo(exchanges * PermissionAspect.values().length);
            then(sum(compared)).isGreaterThan(cases.size());
        });
        return Stream.concat(each, Stream.of(summary));
    }

    private void agree(Case c) {
        // GIVEN a fresh world with one app, its permission's level, the data scope and the user's grant
        String app = "app-1";
        try (PermissionConversation conversation = new PermissionConversation(resources)) {
            conversation.declareApp(app, c.type());
            conversation.setLevel(app, c.permission(), c.level());
            PermissionRef ref = new PermissionRef(c.permission(), c.identity());
            List<PermissionExchange> seen = new ArrayList<>();
            Consumer<PlatformRequest> run = request -> seen.add(conversation.perform(request));
            if (c.dataScope()) {
                run.accept(LifecycleAction.configureDataScope(app));
            }
            if (c.grant()) {
                conversation.grantUser(app, "user-1", List.of(c.permission()));
                conversation.grantUser(app, PermissionConversation.DEVELOPER, List.of(c.permission()));
            }
            // WHEN the history and the final request run
            history(c, app, ref, run, conversation);
            run.accept(last(c, app, ref, conversation));
            // THEN every exchange agrees on every aspect the oracle specifies
            SoftAssertions softly = new SoftAssertions();
            for (PermissionExchange exchange : seen) {
                compare(softly, c.name(), exchange);
            }
            softly.assertAll();
        }
    }

    private static void history(Case c, String app, PermissionRef ref, Consumer<PlatformRequest> run,
            PermissionConversation conversation) {
        switch (c.history()) {
            case NONE -> { }
            case IMPORTED -> run.accept(LifecycleAction.importJson(app, json(ref)));
            case TEST_VERSION -> {
                run.accept(LifecycleAction.switchToTestVersion(app, PermissionConversation.TEST_ENTERPRISE));
                run.accept(LifecycleAction.apply(app, List.of(ref)));
            }
            default -> {
                run.accept(LifecycleAction.apply(app, List.of(ref)));
                if (c.history() == History.APPLIED) {
                    return;
                }
                run.accept(LifecycleAction.createVersion(app, conversation.draft(app,
                        c.level() == PermissionLevel.ADVANCED ? null : "needed")));
                if (c.history() == History.VERSION_CREATED) {
                    return;
                }
                run.accept(LifecycleAction.submitVersion(app));
                if (c.history() == History.SUBMITTED) {
                    return;
                }
                if (c.history() == History.REJECTED) {
                    run.accept(LifecycleAction.reject(app, Reviewer.TENANT_ADMIN));
                    return;
                }
                if (c.type() == AppType.STORE) {
                    run.accept(LifecycleAction.approve(app, Reviewer.PLATFORM));
                }
                if (c.history() == History.APPROVED) {
                    run.accept(LifecycleAction.approve(app, Reviewer.TENANT_ADMIN));
                }
            }
        }
    }

    private static PlatformRequest last(Case c, String app, PermissionRef ref, PermissionConversation conversation) {
        String api = API_OF.get(c.permission());
        String user = "user-1";
        return switch (c.last()) {
            case CALL -> call(app, c.identity(), TokenStatus.VALID, user, api, List.of());
            case CALL_FIELD -> call(app, c.identity(), TokenStatus.VALID, user, "contact.v3.users.get",
                    List.of("user_id"));
            case CALL_DEVELOPER -> call(app, Identity.USER, TokenStatus.VALID, PermissionConversation.DEVELOPER, api,
                    List.of());
            case CALL_INVALID_TOKEN -> call(app, c.identity(), TokenStatus.INVALID, user, api, List.of());
            case CALL_EXPIRED_TOKEN -> call(app, c.identity(), TokenStatus.EXPIRED, user, api, List.of());
            case CALL_NO_TOKEN -> call(app, c.identity(), TokenStatus.MISSING, user, api, List.of());
            case CREATE_BASE -> call(app, c.identity(), TokenStatus.VALID, user, "bitable.v1.apps.create", List.of());
            case APPLY -> LifecycleAction.apply(app, List.of(ref));
            case IMPORT -> LifecycleAction.importJson(app, json(ref));
            case IMPORT_UNKNOWN -> LifecycleAction.importJson(app,
                    "{\"scopes\":{\"" + ref.identity().wireName() + "\":[\"" + ref.permission()
                            + "\",\"no:such:permission\"]}}");
            case IMPORT_MALFORMED -> LifecycleAction.importJson(app, "{\"scopes\":[");
            case EXPORT -> LifecycleAction.export(app);
            case CREATE_VERSION -> LifecycleAction.createVersion(app, conversation.draft(app, "needed"));
            case SUBMIT -> LifecycleAction.submitVersion(app);
            case APPROVE_PLATFORM -> LifecycleAction.approve(app, Reviewer.PLATFORM);
            case APPROVE_ADMIN -> LifecycleAction.approve(app, Reviewer.TENANT_ADMIN);
            case REJECT -> LifecycleAction.reject(app, Reviewer.TENANT_ADMIN);
            case SWITCH_TEST -> LifecycleAction.switchToTestVersion(app, PermissionConversation.TEST_ENTERPRISE);
            case SWITCH_FORMAL -> LifecycleAction.switchToFormalVersion(app);
            case RELEASE -> LifecycleAction.release(app, ReleaseKind.FULL);
            case CONFIGURE_DATA_SCOPE -> LifecycleAction.configureDataScope(app);
            // The event is said to need the combination's permission, so its state decides the delivery.
            case EVENT_OWN -> new EventDelivery(app, c.identity(),
                    c.identity() == Identity.USER ? user : null, List.of(c.identity() == Identity.USER ? user : app),
                    List.of(c.permission()));
            case EVENT_MANAGED -> new EventDelivery(app, c.identity(),
                    c.identity() == Identity.USER ? user : null,
                    List.of("user-2", c.identity() == Identity.USER ? user : app), List.of(c.permission()));
            case EVENT_OTHER -> new EventDelivery(app, c.identity(),
                    c.identity() == Identity.USER ? user : null, List.of("user-2"), List.of(c.permission()));
        };
    }

    private static ApiCall call(String app, Identity identity, TokenStatus token, String user, String api,
            List<String> fields) {
        return new ApiCall(app, identity, token, identity == Identity.USER ? user : null, api, fields);
    }

    private static String json(PermissionRef ref) {
        return "{\"scopes\":{\"" + ref.identity().wireName() + "\":[\"" + ref.permission() + "\"]}}";
    }

    private void compare(SoftAssertions softly, String name, PermissionExchange exchange) {
        exchanges++;
        PermissionDecision d = exchange.decision();
        String why = name + " " + exchange.request() + " (oracle rules "
                + d.firedRules().stream().map(r -> r.name()).toList() + ")";
        if (exchange.failedOnTarget()) {
            softly.fail(why + ": the reference raised " + exchange.targetError());
            for (PermissionAspect aspect : PermissionAspect.values()) {
                notApplicable.merge(aspect, 1, Integer::sum);
            }
            return;
        }
        PlatformObservation o = exchange.observation();
        for (PermissionAspect aspect : PermissionAspect.values()) {
            boolean partly = aspect == PermissionAspect.STATES && !d.notEnabled().isEmpty();
            if (d.isUnspecified(aspect) && !partly) {
                unspecified.merge(aspect, 1, Integer::sum);
                continue;
            }
            boolean applicable = switch (aspect) {
                case OUTCOME -> d.outcome() != null;
                case HTTP_STATUS -> d.httpStatus() != null;
                case CODE -> d.code() != null;
                case MESSAGE -> !d.messagePatterns().isEmpty();
                case VIOLATIONS -> !d.violations().isEmpty();
                case FIELDS -> d.fields() != null || !d.withheld().isEmpty();
                case RESOURCE_OWNER -> d.resourceOwner() != null;
                case STATES -> !d.statesAfter().isEmpty() || !d.notEnabled().isEmpty();
                case VERSION_STATUS -> d.versionStatus() != null;
                case EXPORT -> d.export() != null;
                case IMPORTED -> d.imported() != null;
                case DELIVERED -> d.delivered() != null;
            };
            (applicable ? compared : notApplicable).merge(aspect, 1, Integer::sum);
            if (!applicable) {
                continue;
            }
            String as = why + " " + aspect.wireName();
            switch (aspect) {
                case OUTCOME -> softly.assertThat(o.outcome()).as(as).isEqualTo(d.outcome());
                case HTTP_STATUS -> softly.assertThat(o.httpStatus()).as(as).isEqualTo(d.httpStatus());
                case CODE -> softly.assertThat(o.code()).as(as).isEqualTo(d.code());
                case MESSAGE -> softly.assertThat(o.message()).as(as).isNotNull()
                        .satisfies(m -> then(d.messagePatterns()).anyMatch(m::contains));
                case VIOLATIONS -> softly.assertThat(types(o.violations())).as(as).isEqualTo(types(d.violations()));
                case FIELDS -> {
                    List<String> returned = o.fields() == null ? List.of() : o.fields();
                    softly.assertThat(returned).as(as).containsAll(d.fields() == null ? List.of() : d.fields());
                    softly.assertThat(returned).as(as).doesNotContainAnyElementsOf(d.withheld());
                }
                case RESOURCE_OWNER -> softly.assertThat(o.resourceOwner()).as(as).isEqualTo(d.resourceOwner());
                case STATES -> {
                    if (!d.isUnspecified(PermissionAspect.STATES)) {
                        for (PermissionStatus s : d.statesAfter()) {
                            softly.assertThat(state(o, s.ref())).as(as + " " + s.ref()).isEqualTo(s.state());
                        }
                    }
                    for (PermissionRef ref : d.notEnabled()) {
                        softly.assertThat(state(o, ref)).as(as + " not enabled " + ref)
                                .isNotEqualTo(PermissionState.ENABLED);
                    }
                }
                case VERSION_STATUS -> softly.assertThat(o.versionStatus()).as(as).isEqualTo(d.versionStatus());
                case EXPORT -> softly.assertThat(normalise(o.export())).as(as).isEqualTo(normalise(d.export()));
                case IMPORTED -> softly.assertThat(normalise(o.imported())).as(as).isEqualTo(normalise(d.imported()));
                case DELIVERED -> softly.assertThat(o.delivered()).as(as).isEqualTo(d.delivered());
            }
        }
    }

    private static PermissionState state(PlatformObservation o, PermissionRef ref) {
        return o.states().stream().filter(s -> s.ref().equals(ref)).map(PermissionStatus::state).findFirst()
                .orElse(PermissionState.NOT_APPLIED);
    }

    private static List<String> types(List<Violation> violations) {
        return violations.stream().map(Violation::type).distinct().sorted().toList();
    }

    private static String normalise(ScopesExport export) {
        return export == null ? null : normalise(export.scopes());
    }

    private static String normalise(ScopeLists lists) {
        if (lists == null) {
            return null;
        }
        return "tenant=" + sorted(lists.tenant()) + " user=" + sorted(lists.user());
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? null : values.stream().filter(Objects::nonNull).sorted().toList();
    }

    private static int sum(Map<PermissionAspect, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Leaves the counts in target/permission-agreement-summary.txt for the report (tests never print). */
    private void writeSummary(int cases) throws IOException {
        Path dir = Path.of("target");
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "permission-agreement-summary", ".tmp");
        Files.writeString(tmp, "cases " + cases + "\nexchanges " + exchanges + "\ncompared " + compared
                + "\nnot applicable " + notApplicable + "\nunspecified (skipped) " + unspecified
                + "\n");
        Files.move(tmp, dir.resolve("permission-agreement-summary.txt"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
