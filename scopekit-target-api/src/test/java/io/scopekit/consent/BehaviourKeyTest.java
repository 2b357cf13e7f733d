package io.scopekit.consent;

import static org.assertj.core.api.BDDAssertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The behaviour keys of the spec format: the schema's list, the action each governs, parsing. */
class BehaviourKeyTest {

    @Test
    void should_list_the_keys_in_enum_order_when_the_shipped_json_schema_is_read() throws IOException {
        // GIVEN the JSON Schema the kit validates specs against (common.schema.json, as shipped on the classpath)
        JsonNode defs;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("scopekit/schemas/common.schema.json")) {
            then(in).as("scopekit/schemas/common.schema.json on the classpath").isNotNull();
            defs = JsonMapper.builder().build().readTree(in).get("$defs");
        }

        // WHEN we collect the three places it names behaviour keys
        List<String> required = new ArrayList<>();
        defs.get("behaviour").get("required").forEach(k -> required.add(k.asString()));
        List<String> properties = new ArrayList<>(defs.get("behaviour").get("properties").propertyNames());
        List<String> entryDefs = defs.propertyNames().stream()
                .filter(n -> n.startsWith("behaviour."))
                .map(n -> n.substring("behaviour.".length()))
                .toList();

        // THEN each is the enum's wire names, in the enum's order
        List<String> keys = Arrays.stream(BehaviourKey.values()).map(BehaviourKey::wireName).toList();
        then(required).as("$defs.behaviour.required").containsExactlyElementsOf(keys);
        then(properties).as("$defs.behaviour.properties").containsExactlyElementsOf(keys);
        then(entryDefs).as("$defs behaviour.<key>").containsExactlyElementsOf(keys);
        then(BehaviourKey.wireNames()).containsExactlyElementsOf(keys);
    }

    @Test
    void should_name_the_governing_entry_when_an_action_meets_a_record_state() {
        // GIVEN every action in every record state
        Map<ActionType, List<BehaviourKey>> governing = new EnumMap<>(ActionType.class);

        // WHEN we ask which entry governs each (states in NEVER_ASKED, GRANTED, DENIED order; null where none)
        for (ActionType action : ActionType.values()) {
            List<BehaviourKey> byState = new ArrayList<>();
            for (RecordState state : RecordState.values()) {
                byState.add(BehaviourKey.governing(action, state).orElse(null));
            }
            governing.put(action, byState);
        }

        // THEN it is the spec format's table (docs/spec-format.md), the one the oracle's rules act on
        then(governing).containsExactlyEntriesOf(table(
                ActionType.CALL_API, BehaviourKey.NEVER_ASKED_CALL, BehaviourKey.GRANTED_CALL, BehaviourKey.DENIED_CALL,
                ActionType.AUTHORIZE, BehaviourKey.AUTHORIZE_AHEAD, BehaviourKey.AUTHORIZE_AHEAD,
                BehaviourKey.AUTHORIZE_WHEN_DENIED,
                ActionType.GET_SETTING, BehaviourKey.GET_SETTING, BehaviourKey.GET_SETTING, BehaviourKey.GET_SETTING,
                ActionType.OPEN_SETTING, BehaviourKey.SETTINGS_PAGE_LISTS, BehaviourKey.SETTINGS_PAGE_LISTS,
                BehaviourKey.SETTINGS_PAGE_LISTS,
                ActionType.TOGGLE_SETTING, BehaviourKey.OPEN_SETTING_TOGGLE, BehaviourKey.OPEN_SETTING_TOGGLE,
                BehaviourKey.OPEN_SETTING_TOGGLE,
                ActionType.DELETE_APP, BehaviourKey.DELETE_APP, BehaviourKey.DELETE_APP, BehaviourKey.DELETE_APP,
                ActionType.REINSTALL, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC,
                ActionType.CHANGE_DEVICE, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC,
                ActionType.UPGRADE_CLIENT, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC, BehaviourKey.RECORD_SYNC));
    }

    @Test
    void should_govern_no_action_when_the_key_only_modifies_another_verdict() {
        // GIVEN every key
        // WHEN we keep the modifiers
        List<BehaviourKey> modifiers = Arrays.stream(BehaviourKey.values()).filter(BehaviourKey::isModifier).toList();

        // THEN they are the errMsg, record-keeping and prompt-order entries, with no action or state
        then(modifiers).containsExactly(BehaviourKey.DENY_ERR_MSG, BehaviourKey.RECORD_KEPT,
                BehaviourKey.OS_PROMPT_ORDER);
        then(modifiers).allSatisfy(k -> {
            then(k.actions()).isEmpty();
            then(k.states()).isEmpty();
            then(k.affects()).isNotEmpty();
        });
    }

    @Test
    void should_parse_the_yaml_key_and_list_the_choices_when_the_name_is_unknown() {
        // GIVEN a known and an unknown wire name
        // WHEN we parse them
        BehaviourKey known = BehaviourKey.fromWireName("deniedCall");
        Throwable unknown = catchThrowable(() -> BehaviourKey.fromWireName("denied-call"));

        // THEN the known one is its constant, the unknown one names every choice
        then(known).isEqualTo(BehaviourKey.DENIED_CALL);
        then(unknown).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown behaviour key 'denied-call'")
                .hasMessageContaining("grantedCall, neverAskedCall, deniedCall")
                .hasMessageEndingWith("osPromptOrder)");
    }

    /** Rows of an action followed by its keys for never-asked, granted and denied. */
    private static Map<ActionType, List<BehaviourKey>> table(Object... rows) {
        Map<ActionType, List<BehaviourKey>> out = new EnumMap<>(ActionType.class);
        for (int i = 0; i < rows.length; i += 4) {
            out.put((ActionType) rows[i], Arrays.asList((BehaviourKey) rows[i + 1], (BehaviourKey) rows[i + 2],
                    (BehaviourKey) rows[i + 3]));
        }
        return out;
    }

    @Test
    void should_give_every_key_its_own_plain_title_when_the_keys_are_listed() {
        // GIVEN every behaviour key / WHEN its title is read
        List<String> titles = Arrays.stream(BehaviourKey.values()).map(BehaviourKey::title).toList();
        // THEN each key has one, no two share it, and none is just the wire name again
        then(titles).hasSize(13).doesNotHaveDuplicates().allSatisfy(t -> then(t).isNotBlank());
        for (BehaviourKey key : BehaviourKey.values()) {
            then(key.title()).as(key.wireName()).isNotEqualToIgnoringCase(key.wireName());
        }
        then(BehaviourKey.DENIED_CALL.title()).isEqualTo("Calling an API of a scope the user denied");
    }
}
