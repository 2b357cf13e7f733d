package io.scopekit.harness;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunResourcesTest {

    @Test
    void should_resolve_english_and_chinese_phrases_from_the_specs_when_scenarios_name_a_platform() {
        // GIVEN the embedded specs
        try (RunResources resources = RunResources.open(RunSettings.defaults())) {
            // WHEN phrases are resolved / THEN platform id and app kind come from the spec
            then(resources.platformForPhrase("飞书小程序")).isEqualTo(new Where("feishu-gadget", null, "mini-program"));
            then(resources.platformForPhrase(" wechat MINI-GAME ")).isEqualTo(
                    new Where("wechat-minigame", null, "mini-game"));
        }
    }

    @Test
    void should_name_every_known_phrase_when_a_scenario_names_an_unknown_platform() {
        try (RunResources resources = RunResources.open(RunSettings.defaults())) {
            // WHEN / THEN
            thenThrownBy(() -> resources.platformForPhrase("WeChat mini-app"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("unknown platform 'WeChat mini-app' (expected one of: ")
                    .hasMessageContaining("WeChat mini-program").hasMessageContaining("飞书小程序");
        }
    }

    @Test
    void should_read_record_keys_and_apis_from_the_port_spec_when_a_container_renames_a_scope() {
        try (RunResources resources = RunResources.open(RunSettings.defaults())) {
            // WHEN / THEN bytedance keeps the album record under its own scope name; client platforms do not rename
            then(resources.recordKey("uni-authorize", "bytedance", "scope.writePhotosAlbum")).isEqualTo("scope.album");
            then(resources.recordKey("wechat-miniprogram", null, "scope.record")).isEqualTo("scope.record");
            then(resources.apisOf("wechat-miniprogram", "scope.record"))
                    .containsExactly("wx.startRecord", "wx.joinVoIPChat", "RecorderManager.start");
            then(resources.apisOf("wechat-miniprogram", "scope.nothing")).isEmpty();
        }
    }

    @Test
    void should_fail_the_same_way_every_time_without_loading_again_when_the_specs_do_not_load(@TempDir Path dir)
            throws Exception {
        // GIVEN a specs directory whose only spec is not YAML of a spec
        Files.writeString(dir.resolve("broken.yaml"), "kind: client-platform\nid: [\n");
        try (RunResources resources = RunResources.open(new RunSettings(null, dir, null))) {
            // WHEN the catalog is asked for twice
            Throwable first = org.assertj.core.api.Assertions.catchThrowable(resources::catalog);
            Throwable second = org.assertj.core.api.Assertions.catchThrowable(resources::catalog);

            // THEN both fail with the same problem, naming the file
            then(first).isNotNull().hasMessageContaining("broken.yaml");
            then(second).isSameAs(first);
        }
    }
}
