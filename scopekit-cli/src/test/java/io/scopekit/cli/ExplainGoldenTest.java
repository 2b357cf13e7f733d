package io.scopekit.cli;

import static io.scopekit.testsupport.CliRun.scopekit;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pins what {@code scopekit explain} prints, byte for byte, over situations covering every platform, action type,
 * record state, prompt answer, toggle and unspecified case, so refactoring the command, the oracle API or the
 * JSON code cannot change its output unnoticed.
 *
 * <p>The files under {@code scopekit-cli/src/test/resources/golden/explain/} were generated from the code as it was before
 * issue 8's refactoring: {@code <name>.json} is the stdout of {@code --json}, {@code text/<name>.txt} the stdout of
 * the text form, {@code errors/<name>.txt} the exit code and stderr of an invalid situation. They are compared as
 * bytes, not as parsed JSON, because field order, {@code null} fields and indentation are part of what users
 * script against. To regenerate them after an intended change, run
 * {@code mvn -B -o test -Dtest=ExplainGoldenTest -Dscopekit.golden.update=true} and review the diff.
 */
class ExplainGoldenTest {

    private static final Path GOLDEN = Path.of("scopekit-cli/src/test/resources/golden/explain");
    private static final boolean UPDATE = Boolean.getBoolean("scopekit.golden.update");

    static Stream<Arguments> situations() {
        List<Arguments> all = new ArrayList<>();
        // feishu-gadget: the three call behaviours, answers, unscripted answer
        add(all, "feishu-userinfo-never-asked-call-allow",
                "--platform", "feishu-gadget", "--scope", "scope.userInfo", "--action", "call-api", "--answer", "allow");
        add(all, "feishu-userinfo-never-asked-call-deny",
                "--platform", "feishu-gadget", "--scope", "scope.userInfo", "--action", "call-api", "--answer", "deny");
        add(all, "feishu-userinfo-never-asked-call-unscripted",
                "--platform", "feishu-gadget", "--scope", "scope.userInfo", "--action", "call-api");
        add(all, "feishu-userinfo-granted-call",
                "--platform", "feishu-gadget", "--scope", "scope.userInfo", "--state", "granted", "--action", "call-api");
        add(all, "feishu-userinfo-denied-call",
                "--platform", "feishu-gadget", "--scope", "scope.userInfo", "--state", "denied", "--action", "call-api");
        // feishu-gadget: client versions around the gates 5.2, 5.9 and 5.21
        add(all, "feishu-userinfo-client-5.1", "--platform", "feishu-gadget", "--scope", "scope.userInfo",
                "--action", "call-api", "--client-version", "5.1", "--answer", "allow");
        add(all, "feishu-userinfo-client-5.2", "--platform", "feishu-gadget", "--scope", "scope.userInfo",
                "--action", "call-api", "--client-version", "5.2", "--answer", "allow");
        add(all, "feishu-appbadge-client-5.8", "--platform", "feishu-gadget", "--scope", "scope.appBadge",
                "--action", "call-api", "--api", "reportBadge", "--client-version", "5.8");
        add(all, "feishu-appbadge-client-5.9", "--platform", "feishu-gadget", "--scope", "scope.appBadge",
                "--action", "call-api", "--api", "reportBadge", "--client-version", "5.9", "--answer", "deny");
        add(all, "feishu-camera-client-5.20-denied", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--state", "denied", "--action", "call-api", "--client-version", "5.20");
        add(all, "feishu-camera-client-5.21-denied", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--state", "denied", "--action", "call-api", "--client-version", "5.21");
        add(all, "feishu-camera-client-5.22", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "call-api", "--client-version", "5.22", "--answer", "allow");
        add(all, "feishu-camera-upgrade-client-5.21", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--state", "granted", "--action", "upgrade-client", "--client-version", "5.21");
        // feishu-gadget: device permission, the other actions and the unspecified aspects
        add(all, "feishu-record-os-allow", "--platform", "feishu-gadget", "--scope", "scope.record",
                "--action", "call-api", "--api", "CameraContext.startRecord", "--answer", "allow", "--os-answer", "allow");
        add(all, "feishu-record-os-deny", "--platform", "feishu-gadget", "--scope", "scope.record",
                "--action", "call-api", "--answer", "allow", "--os-answer", "deny");
        add(all, "feishu-authorize-never-asked", "--platform", "feishu-gadget", "--scope", "scope.bluetooth",
                "--action", "authorize", "--answer", "allow");
        add(all, "feishu-get-setting-granted", "--platform", "feishu-gadget", "--scope", "scope.runData",
                "--state", "granted", "--action", "get-setting");
        add(all, "feishu-open-setting-denied", "--platform", "feishu-gadget", "--scope", "scope.clipboard",
                "--state", "denied", "--action", "open-setting");
        add(all, "feishu-toggle-off-granted", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--state", "granted", "--action", "toggle-setting", "--toggle", "off");
        add(all, "feishu-delete-app-granted", "--platform", "feishu-gadget", "--scope", "scope.userLocation",
                "--state", "granted", "--action", "delete-app");
        add(all, "feishu-reinstall-client-3.4", "--platform", "feishu-gadget", "--scope", "scope.writePhotosAlbum",
                "--state", "granted", "--action", "reinstall", "--client-version", "3.4");
        add(all, "feishu-reinstall-client-3.5", "--platform", "feishu-gadget", "--scope", "scope.writePhotosAlbum",
                "--state", "denied", "--action", "reinstall", "--client-version", "3.5");
        add(all, "feishu-change-device-granted", "--platform", "feishu-gadget", "--scope", "scope.userInfo",
                "--state", "granted", "--action", "change-device");
        // wechat-miniprogram
        add(all, "wechat-mp-location-authorize-allow", "--platform", "wechat-miniprogram",
                "--scope", "scope.userLocation", "--action", "authorize", "--answer", "allow");
        add(all, "wechat-mp-location-authorize-denied", "--platform", "wechat-miniprogram",
                "--scope", "scope.userLocation", "--state", "denied", "--action", "authorize");
        add(all, "wechat-mp-camera-denied-call", "--platform", "wechat-miniprogram", "--scope", "scope.camera",
                "--state", "denied", "--action", "call-api");
        add(all, "wechat-mp-record-os-deny", "--platform", "wechat-miniprogram", "--scope", "scope.record",
                "--action", "call-api", "--answer", "allow", "--os-answer", "deny");
        add(all, "wechat-mp-get-setting-granted", "--platform", "wechat-miniprogram", "--scope", "scope.werun",
                "--state", "granted", "--action", "get-setting");
        add(all, "wechat-mp-open-setting-denied", "--platform", "wechat-miniprogram", "--scope", "scope.address",
                "--state", "denied", "--action", "open-setting");
        add(all, "wechat-mp-toggle-on-denied", "--platform", "wechat-miniprogram", "--scope", "scope.bluetooth",
                "--state", "denied", "--action", "toggle-setting", "--toggle", "on");
        add(all, "wechat-mp-delete-app", "--platform", "wechat-miniprogram", "--scope", "scope.writePhotosAlbum",
                "--state", "granted", "--action", "delete-app");
        add(all, "wechat-mp-userinfo-call", "--platform", "wechat-miniprogram", "--scope", "scope.userInfo",
                "--action", "call-api", "--answer", "allow");
        // wechat-minigame
        add(all, "wechat-mg-userinfo-call", "--platform", "wechat-minigame", "--scope", "scope.userInfo",
                "--action", "call-api", "--answer", "allow");
        add(all, "wechat-mg-werun-authorize-deny", "--platform", "wechat-minigame", "--scope", "scope.werun",
                "--app-kind", "mini-game", "--action", "authorize", "--answer", "deny");
        add(all, "wechat-mg-record-denied-call", "--platform", "wechat-minigame", "--scope", "scope.record",
                "--state", "denied", "--action", "call-api");
        // alipay
        add(all, "alipay-auth-user-authorize", "--platform", "alipay", "--scope", "auth_user",
                "--action", "authorize", "--answer", "allow");
        add(all, "alipay-camera-denied-authorize", "--platform", "alipay", "--scope", "scope.camera",
                "--state", "denied", "--action", "authorize");
        add(all, "alipay-auth-base-granted-call", "--platform", "alipay", "--scope", "auth_base",
                "--state", "granted", "--action", "call-api");
        add(all, "alipay-album-get-setting", "--platform", "alipay", "--scope", "scope.writePhotosAlbum",
                "--state", "denied", "--action", "get-setting");
        // bytedance
        add(all, "bytedance-album-never-asked-deny", "--platform", "bytedance", "--scope", "scope.album",
                "--action", "call-api", "--answer", "deny");
        add(all, "bytedance-location-reinstall", "--platform", "bytedance", "--scope", "scope.userLocation",
                "--state", "granted", "--action", "reinstall");
        add(all, "bytedance-camera-change-device", "--platform", "bytedance", "--scope", "scope.camera",
                "--state", "granted", "--action", "change-device");
        add(all, "bytedance-address-authorize", "--platform", "bytedance", "--scope", "scope.address",
                "--action", "authorize", "--answer", "allow");
        // baidu
        add(all, "baidu-calendar-authorize-allow", "--platform", "baidu", "--scope", "scope.calendar",
                "--action", "authorize", "--answer", "allow");
        add(all, "baidu-camera-granted-toggle-off", "--platform", "baidu", "--scope", "scope.camera",
                "--state", "granted", "--action", "toggle-setting", "--toggle", "off");
        add(all, "baidu-location-denied-authorize", "--platform", "baidu", "--scope", "scope.userLocation",
                "--state", "denied", "--action", "authorize");
        add(all, "baidu-record-open-setting", "--platform", "baidu", "--scope", "scope.record",
                "--state", "granted", "--action", "open-setting");
        // kuaishou
        add(all, "kuaishou-background-location-authorize", "--platform", "kuaishou",
                "--scope", "scope.userLocationBackground", "--action", "authorize", "--answer", "allow");
        add(all, "kuaishou-record-authorize-deny", "--platform", "kuaishou", "--scope", "scope.record",
                "--action", "authorize", "--answer", "deny");
        add(all, "kuaishou-userinfo-get-setting", "--platform", "kuaishou", "--scope", "scope.userInfo",
                "--state", "granted", "--action", "get-setting");
        add(all, "kuaishou-camera-upgrade-client", "--platform", "kuaishou", "--scope", "scope.camera",
                "--state", "denied", "--action", "upgrade-client", "--client-version", "9.0");
        // uni-authorize on each container
        add(all, "uni-bytedance-album-saveVideo-allow", "--platform", "uni-authorize", "--container", "bytedance",
                "--scope", "scope.writePhotosAlbum", "--action", "call-api", "--api", "saveVideo", "--answer", "allow");
        add(all, "uni-alipay-auth-zhima-authorize", "--platform", "uni-authorize", "--container", "alipay",
                "--scope", "auth_zhima", "--action", "authorize", "--answer", "allow");
        add(all, "uni-alipay-location-unsupported", "--platform", "uni-authorize", "--container", "alipay",
                "--scope", "scope.userLocation", "--action", "authorize", "--answer", "allow");
        add(all, "uni-wechat-werun-authorize-deny", "--platform", "uni-authorize", "--container", "wechat",
                "--scope", "scope.werun", "--action", "authorize", "--answer", "deny");
        add(all, "uni-baidu-userinfo-unsupported", "--platform", "uni-authorize", "--container", "baidu",
                "--scope", "scope.userInfo", "--action", "call-api", "--answer", "allow");
        add(all, "uni-kuaishou-record-denied", "--platform", "uni-authorize", "--container", "kuaishou",
                "--scope", "scope.record", "--state", "denied", "--action", "authorize");
        add(all, "uni-wechat-calendar-granted-call", "--platform", "uni-authorize", "--container", "wechat",
                "--scope", "scope.calendar", "--state", "granted", "--action", "call-api");
        return all.stream();
    }

    static Stream<Arguments> invalidSituations() {
        List<Arguments> all = new ArrayList<>();
        add(all, "unknown-platform", "--platform", "nope", "--scope", "scope.x", "--action", "call-api");
        add(all, "unknown-port-scope", "--platform", "uni-authorize", "--container", "wechat",
                "--scope", "scope.nope", "--action", "call-api");
        add(all, "unknown-scope", "--platform", "feishu-gadget", "--scope", "scope.nope", "--action", "call-api");
        add(all, "unknown-api", "--platform", "feishu-gadget", "--scope", "scope.record", "--action", "call-api",
                "--api", "nope");
        add(all, "api-of-scope-without-apis", "--platform", "alipay", "--scope", "scope.writePhotosAlbum",
                "--action", "call-api", "--api", "saveVideo");
        // before the refactoring this was an internal error (exit 70, ArrayIndexOutOfBoundsException)
        add(all, "call-api-on-scope-without-apis", "--platform", "baidu", "--scope", "scope.camera",
                "--action", "call-api");
        add(all, "unknown-action", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "dance");
        add(all, "unknown-state", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "call-api",
                "--state", "maybe");
        add(all, "unknown-answer", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "call-api",
                "--answer", "yes");
        add(all, "unknown-os-answer", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "call-api", "--os-answer", "later");
        add(all, "unknown-app-kind", "--platform", "feishu-gadget", "--scope", "scope.camera", "--action", "call-api",
                "--app-kind", "app");
        add(all, "unknown-container", "--platform", "uni-authorize", "--container", "nope",
                "--scope", "scope.camera", "--action", "call-api");
        add(all, "missing-container", "--platform", "uni-authorize", "--scope", "scope.camera", "--action", "call-api");
        add(all, "missing-toggle", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "toggle-setting");
        add(all, "bad-toggle", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "toggle-setting", "--toggle", "maybe");
        add(all, "missing-upgrade-version", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "upgrade-client");
        add(all, "bad-client-version", "--platform", "feishu-gadget", "--scope", "scope.camera",
                "--action", "call-api", "--client-version", "abc");
        return all.stream();
    }

    private static void add(List<Arguments> all, String name, String... args) {
        all.add(Arguments.of(Named.of(name, name), args));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void should_print_the_golden_json_when_explaining_a_situation(String name, String[] args) throws IOException {
        // GIVEN the situation's arguments with --json
        String[] json = withJson(args);
        // WHEN
        Result r = explain(json);
        // THEN
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        then(r.err()).isEmpty();
        compare(GOLDEN.resolve(name + ".json"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void should_print_the_golden_text_when_explaining_a_situation(String name, String[] args) throws IOException {
        // GIVEN the situation's arguments / WHEN
        Result r = explain(args);
        // THEN
        then(r.exitCode()).as(r.err()).isEqualTo(ExitCode.OK);
        compare(GOLDEN.resolve("text").resolve(name + ".txt"), r.out());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidSituations")
    void should_print_the_golden_error_when_the_situation_is_invalid(String name, String[] args) throws IOException {
        // GIVEN an invalid situation / WHEN
        Result r = explain(withJson(args));
        // THEN exit code and message are unchanged, and nothing reaches stdout
        then(r.out()).isEmpty();
        compare(GOLDEN.resolve("errors").resolve(name + ".txt"), "exit " + r.exitCode() + "\n" + r.err());
    }

    private static String[] withJson(String[] args) {
        String[] json = new String[args.length + 1];
        System.arraycopy(args, 0, json, 0, args.length);
        json[args.length] = "--json";
        return json;
    }

    private static Result explain(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "explain";
        System.arraycopy(args, 0, all, 1, args.length);
        return scopekit(all);
    }

    private static void compare(Path golden, String actual) throws IOException {
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (UPDATE) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, bytes);
        }
        then(golden).as("golden file %s (regenerate with -Dscopekit.golden.update=true)", golden).isRegularFile();
        then(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8)).as(golden.toString())
                .isEqualTo(actual);
        then(Files.readAllBytes(golden)).as(golden.toString()).isEqualTo(bytes);
    }
}
