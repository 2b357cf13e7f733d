package io.scopekit.target;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.consent.ActionType;
import io.scopekit.consent.Answer;
import io.scopekit.consent.Aspect;
import io.scopekit.consent.Outcome;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins the wire name of every enum of the SPI and its vocabulary: a renamed constant must not silently change
 * what crosses the wire (docs/target-api.md lists the same names).
 */
class WireNamesTest {

    /** One enum with its wire-name functions and the names it must keep, in declaration order. */
    record WireEnum<E extends Enum<E>>(Class<E> type, Function<E, String> wireName, Function<String, E> parse,
                                       List<String> names) {
        @Override
        public String toString() {
            return type.getSimpleName();
        }
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                new WireEnum<>(ActionType.class, ActionType::wireName, ActionType::fromWireName, List.of(
                        "call-api", "authorize", "get-setting", "open-setting", "toggle-setting", "delete-app",
                        "reinstall", "change-device", "upgrade-client")),
                new WireEnum<>(Answer.class, Answer::wireName, Answer::fromWireName, List.of("allow", "deny")),
                new WireEnum<>(Aspect.class, Aspect::wireName, Aspect::fromWireName, List.of(
                        "outcome", "err_msg", "errno", "prompts", "records", "auth_setting", "settings_list",
                        "response_fields")),
                new WireEnum<>(Outcome.class, Outcome::wireName, Outcome::fromWireName,
                        List.of("success", "fail", "done")),
                new WireEnum<>(PromptKind.class, PromptKind::wireName, PromptKind::fromWireName,
                        List.of("consent", "guide-to-settings", "os-permission")),
                new WireEnum<>(RecordState.class, RecordState::wireName, RecordState::fromWireName,
                        List.of("never-asked", "granted", "denied")),
                new WireEnum<>(Strictness.class, Strictness::wireName, Strictness::fromWireName,
                        List.of("exact", "pattern", "unsupported")),
                new WireEnum<>(ControlOperation.class, ControlOperation::wireName, ControlOperation::fromWireName,
                        List.of("script-answers", "seed-records", "read-records")),
                new WireEnum<>(TargetError.Kind.class, TargetError.Kind::wireName, TargetError.Kind::fromWireName,
                        List.of("unscripted-prompt", "unsupported-action", "unsupported-control", "internal"))
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    <E extends Enum<E>> void should_keep_the_documented_wire_names_when_an_enum_is_spelled_for_the_wire(
            WireEnum<E> wire) {
        // GIVEN every constant of the enum
        List<E> constants = Arrays.asList(wire.type().getEnumConstants());
        // WHEN spelled for the wire
        List<String> names = constants.stream().map(wire.wireName()).toList();
        // THEN the names are the pinned ones, and each parses back to its constant
        then(names).containsExactlyElementsOf(wire.names());
        for (E constant : constants) {
            then(wire.parse().apply(wire.wireName().apply(constant))).isSameAs(constant);
        }
    }

    @Test
    void should_accept_the_kebab_case_spelling_of_explain_when_parsing_an_aspect() {
        // GIVEN the spellings of check records (err_msg) and of explain --json (err-msg)
        Map<String, Aspect> spellings = Map.of("err_msg", Aspect.ERR_MSG, "err-msg", Aspect.ERR_MSG,
                "AUTH_SETTING", Aspect.AUTH_SETTING, " settings-list ", Aspect.SETTINGS_LIST);
        // WHEN / THEN each parses to the same aspect
        spellings.forEach((name, aspect) -> then(Aspect.fromWireName(name)).as(name).isEqualTo(aspect));
    }

    @Test
    void should_list_the_wire_names_when_a_name_is_unknown() {
        // WHEN / THEN the error names the type, the bad name and the valid choices as they are spelled on the wire
        thenThrownBy(() -> Aspect.fromWireName("errmsg"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown Aspect 'errmsg' (expected one of: outcome, err_msg, errno, prompts, records, "
                        + "auth_setting, settings_list, response_fields)");
        thenThrownBy(() -> Strictness.fromWireName("loose"))
                .hasMessage("unknown Strictness 'loose' (expected one of: exact, pattern, unsupported)");
        thenThrownBy(() -> TargetError.Kind.fromWireName("timeout"))
                .hasMessage("unknown Kind 'timeout' (expected one of: unscripted-prompt, unsupported-action, "
                        + "unsupported-control, internal)");
    }
}
