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

    @Test
    void should_close_and_forget_the_target_and_keep_other_parts_when_the_resources_are_closed() {
        // GIVEN a run whose target and a part of its own were built
        RunResource<Object> part = RunResource.perRun("a part", r -> new Object());
        try (RunResources resources = RunResources.open(RunSettings.defaults())) {
            Object target = resources.get(Targets.RUN_TARGET);
            Object kept = resources.get(part);
            then(resources.get(Targets.RUN_TARGET)).isSameAs(target);

            // WHEN the resources are closed and used again
            resources.close();

            // THEN the target is started anew, the part without anything to release is the same
            then(resources.get(Targets.RUN_TARGET)).isNotSameAs(target);
            then(resources.get(part)).isSameAs(kept);
        }
    }

    @Test
    void should_fail_alike_on_every_use_when_a_part_does_not_build() {
        // GIVEN a part whose build fails once, then would succeed
        int[] builds = {0};
        RunResource<String> flaky = RunResource.perRun("flaky", r -> {
            if (builds[0]++ == 0) {
                throw new IllegalStateException("broken");
            }
            return "built";
        });
        try (RunResources resources = RunResources.open(RunSettings.defaults())) {
            // WHEN it is asked for twice / THEN both fail with the first failure and it was built once
            thenThrownBy(() -> resources.get(flaky)).hasMessage("broken");
            thenThrownBy(() -> resources.get(flaky)).hasMessage("broken");
            then(builds[0]).isEqualTo(1);
        }
    }
}
