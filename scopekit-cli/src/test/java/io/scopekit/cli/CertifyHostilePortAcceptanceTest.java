package io.scopekit.cli;

import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.NodeJs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Ports that try to certify themselves, read the user's files, leave processes behind, spin for ever or end the
 * process while loading (issue 24, items 2, 7, 9 and 12): the fixtures are adapters/node/fixtures/*-port.
 */
class CertifyHostilePortAcceptanceTest {
    private static final String SNOOP_MARKER = "scopekit-snooping-port-child";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @BeforeAll
    static void node() {
        NodeJs.assumeHost();
    }

    @AfterEach
    void killWhatTheSnoopingPortLeft() {
        // the reproduction (before the fix) leaves these behind; they must not stay on the shared machine
        processesWith(SNOOP_MARKER).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void should_not_certify_the_port_when_it_rewrites_the_hosts_address_line_at_load_time(@TempDir Path report)
            throws IOException {
        // GIVEN a port whose authorize does nothing and which, while loading, starts the host's reference server
        // and puts that server's address in the host's first stdout line
        Path port = fixture("hijack-port");

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", report.toString());

        // THEN the kit never talks to the port's server: the port is judged, and it fails
        then(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: hijack-port@6.6.6 on uni-authorize");
        JsonNode certification = JSON.readTree(report.resolve("certification.json").toFile());
        then(certification.path("verdict").asString()).isEqualTo("deviations");
        then(certification.path("findings").size()).isPositive();
    }

    @Test
    void should_refuse_the_host_when_it_runs_another_port_than_the_one_asked_for() {
        // GIVEN / WHEN the kit expects hijack-port@6.6.6 but the host was given another port
        Throwable refused = catchThrowable(() -> NodeHostProcess.start(NodeHostProcess.kitHome(), "node",
                fixture("double-callback-port").resolve("index.js"), "hijack-port@6.6.6",
                NodeHostProcess.kitHome().resolve("platform-specs"), Duration.ofSeconds(120), Duration.ofSeconds(5),
                line -> { }).close());

        // THEN
        then(refused).isInstanceOf(CliFailure.class).hasMessageContaining("not the port asked for ('hijack-port@6.6.6')");
        then(((CliFailure) refused).exitCode()).isEqualTo(ExitCode.UNREACHABLE);
    }

    @Test
    void should_report_a_load_finding_per_container_and_exit_1_when_the_port_exits_while_loading(
            @TempDir Path report) throws IOException {
        // GIVEN a port that calls process.exit(7) while loading, through the node:vm escape if it has to
        Path port = fixture("exiting-port");

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", report.toString());

        // THEN a finding of the port, not bad input
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        then(run.out()).startsWith("deviations: exiting-port@0.0.1 on uni-authorize, 6 findings");
        JsonNode findings = JSON.readTree(report.resolve("certification.json").toFile()).path("findings");
        List<String> containers = new ArrayList<>();
        for (JsonNode f : findings) {
            then(f.path("kind").asString()).isEqualTo("load");
            then(f.path("observed").asString()).contains("exiting-port@0.0.1").contains("loading in the "
                    + f.path("container").asString() + " container");
            containers.add(f.path("container").asString());
        }
        then(containers).containsExactlyInAnyOrder("alipay", "wechat", "bytedance", "baidu", "kuaishou", "feishu");
    }

    @Test
    void should_keep_the_users_files_out_of_the_report_and_leave_no_process_when_the_port_snoops(
            @TempDir Path report) throws IOException {
        // GIVEN a port that puts /etc/passwd into its answers and starts a detached process meant to outlive the run
        Path port = fixture("snooping-port");
        String passwdLine = Files.readAllLines(Path.of("/etc/passwd")).get(0);

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", report.toString());

        // THEN
        then(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.FINDINGS);
        try (Stream<Path> files = Files.walk(report)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                then(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain(passwdLine);
            }
        }
        then(processesWith(SNOOP_MARKER)).isEmpty();
    }

    @Test
    void should_report_the_spinning_calls_as_errors_and_judge_the_rest_when_authorize_never_returns(
            @TempDir Path report) throws IOException {
        // GIVEN a port whose authorize spins for ever for scope.camera in the kuaishou container
        Path port = fixture("busy-port");

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", port.toString(), "--judge", "matrix", "--report", report.toString(),
                "--call-timeout", "2s");

        // THEN each spinning call is a finding of the port in kuaishou (a target error in its scenario), and the run
        // went on: every other call was judged as for a port that hands the scope to the container's authorize
        then(run.exitCode()).as(run.err()).isEqualTo(ExitCode.FINDINGS);
        JsonNode findings = JSON.readTree(report.resolve("certification.json").toFile()).path("findings");
        int spinning = 0;
        for (JsonNode f : findings) {
            if (f.path("observed").asString("").contains("did not finish within 2s")) {
                then(f.path("container").asString()).as(f.toString()).isEqualTo("kuaishou");
                then(f.path("observed").asString()).contains("the port's authorize({scope: 'scope.camera'})");
                spinning++;
            }
        }
        then(spinning).isPositive();
        then(JSON.readTree(report.resolve("certification.json").toFile()).path("run").asString())
                .contains(" passed, ").doesNotContain(" 0 passed");
        then(run.err()).contains("the port's authorize({scope: 'scope.camera'}) did not finish within 2s in the "
                + "kuaishou container");
    }

    @Test
    void should_end_with_130_and_leave_no_node_process_when_certify_port_is_terminated_during_a_spinning_call(
            @TempDir Path dir) throws IOException, InterruptedException {
        // GIVEN a port whose every authorize spins, copied to a path only this run uses, and certify-port running in
        // its own JVM as a user starts it
        Path port = dir.resolve("spinning-port-" + ProcessHandle.current().pid());
        Files.createDirectories(port);
        for (String f : List.of("index.js", "package.json")) {
            Files.copy(fixture("spinning-port").resolve(f), port.resolve(f));
        }
        Path err = dir.resolve("stderr.txt");
        Process kit = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "certify-port", port.toString(), "--judge", "matrix",
                "--report", dir.resolve("report").toString(), "--call-timeout", "2s")
                .directory(NodeHostProcess.kitHome().toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(err.toFile()).start();
        try {
            // wait until the port has spun through one call and the next one is running, at most 2 minutes
            for (int i = 0; i < 240 && kit.isAlive() && !Files.readString(err).contains("did not finish"); i++) {
                Thread.sleep(500);
            }
            then(kit.isAlive()).as("certify-port is still running").isTrue();

            // WHEN
            kit.destroy();
            then(kit.waitFor(60, TimeUnit.SECONDS)).isTrue();

            // THEN
            then(kit.exitValue()).as(Files.readString(err)).isEqualTo(ExitCode.INTERRUPTED);
            for (int i = 0; i < 20 && !processesWith(port.toString()).isEmpty(); i++) {
                Thread.sleep(250);
            }
            then(processesWith(port.toString())).as("processes running the port").isEmpty();
        } finally {
            kit.destroyForcibly();
            processesWith(port.toString()).forEach(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void should_not_run_the_ports_install_scripts_when_certify_port_installs_it(@TempDir Path dir)
            throws IOException, InterruptedException {
        // GIVEN a port packed by npm pack whose postinstall script writes a file
        Path marker = dir.resolve("postinstall-ran");
        Path pkg = Files.createDirectories(dir.resolve("scripted-port"));
        Files.writeString(pkg.resolve("package.json"), JSON.writeValueAsString(JSON.createObjectNode()
                .put("name", "scripted-port").put("version", "0.0.1").put("main", "index.js")
                .set("scripts", JSON.createObjectNode().put("postinstall",
                        "node -e \"require('fs').writeFileSync(process.argv[1], 'ran')\" " + marker))));
        // it answers in both forms and at once where the container has no authorize (Alipay), so that no call makes
        // the host wait out its settle bound: the run is not what this test is about
        Files.writeString(pkg.resolve("index.js"), """
                exports.authorize = (o) => new Promise((resolve, reject) => {
                  const c = globalThis.wx || globalThis.my || globalThis.tt || globalThis.swan || globalThis.ks;
                  const end = (ok) => (res) => {
                    const callback = ok ? o.success : o.fail;
                    if (typeof callback === 'function') callback(res);
                    if (typeof o.complete === 'function') o.complete(res);
                    (ok ? resolve : reject)(res);
                  };
                  if (typeof c.authorize !== 'function') return end(false)({errMsg: 'authorize:fail no authorize'});
                  c.authorize({scope: o.scope, success: end(true), fail: end(false)});
                });
                """);
        Process pack = new ProcessBuilder("npm", "pack", "--silent", "--pack-destination", dir.toString())
                .directory(pkg.toFile()).redirectErrorStream(true).start();
        String packed = new String(pack.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        then(pack.waitFor()).as(packed).isZero();
        Path tarball = dir.resolve("scripted-port-0.0.1.tgz");

        // WHEN
        CliRun.Result run = CliRun.scopekit("certify-port", tarball.toString(), "--judge", "matrix", "--report",
                dir.resolve("report").toString(), "--call-timeout", "2s");

        // THEN the port was installed and certified, its script never ran
        then(run.out()).as(run.err()).startsWith("deviations: scripted-port@0.0.1 on uni-authorize");
        then(marker).doesNotExist();
    }

    private static Path fixture(String name) {
        return NodeHostProcess.kitHome().resolve("adapters/node/fixtures").resolve(name);
    }

    private static List<ProcessHandle> processesWith(String text) {
        return ProcessHandle.allProcesses().filter(p -> p.isAlive()
                && p.info().commandLine().map(c -> c.contains(text)).orElse(false)).toList();
    }
}
