package io.scopekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import io.scopekit.harness.Timeouts;
import io.scopekit.report.Redactor;
import io.scopekit.report.TerminalText;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certifies a JavaScript port of {@code @uni/authorize}: loads it in the Node host's five simulated containers, runs
 * the {@code uni-authorize} scenarios against it over the target protocol and writes a certification report listing
 * every deviation with its evidence (docs/node-host.md).
 */
@Command(name = "certify-port", mixinStandardHelpOptions = true,
        header = "Certifies a JavaScript port of @uni/authorize in the Node host's simulated containers.",
        description = {"Certifies a JavaScript port of @uni/authorize (an npm package NAME@VERSION or a path) in the "
                + "Node host's simulated containers (alipay, wechat, bytedance, baidu, kuaishou) against the "
                + "uni-authorize scenarios, and writes REPORT/certification.{json,md} plus the run's reports under "
                + "REPORT/run/.",
                "Exit codes: 0 no deviation, 1 deviations (findings of the port), 2 bad input, 3 target unreachable."})
final class CertifyPortCommand implements Callable<Integer> {
    static final String PLATFORM = "uni-authorize";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern PACKAGE_SPEC = Pattern.compile("^(@[a-z0-9][\\w.-]*/)?[a-z0-9][\\w.-]*(@[\\w.^~<>=*-]+)?$");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORT",
            description = "the port: an npm package spec (e.g. @uni/apis@1.1.13) or a path to its directory or file")
    String port;

    @Option(names = "--report", defaultValue = "reports/certify", paramLabel = "DIR",
            description = "where the certification report goes (default: ${DEFAULT-VALUE})")
    Path report;

    @Option(names = "--node", defaultValue = "node", paramLabel = "EXE", description = "the Node.js 20+ executable")
    String node;

    @Option(names = "--npm", defaultValue = "npm", paramLabel = "EXE", description = "the npm executable (to install PORT)")
    String npm;

    @Option(names = "--specs", paramLabel = "DIR", description = "platform specs (default: the kit's platform-specs/)")
    Path specs;

    // The same bounds as verify (passed to the run), and the watchdog of each call into the port (issue 24, item 9).
    @Option(names = "--step-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_STEP_TEXT,
            description = "as for verify: the longest one target call may take (default: ${DEFAULT-VALUE})")
    String stepTimeout;

    @Option(names = "--scenario-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_SCENARIO_TEXT,
            description = "as for verify: the longest the target calls of one scenario may take (default: "
                    + "${DEFAULT-VALUE})")
    String scenarioTimeout;

    @Option(names = "--run-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_RUN_TEXT,
            description = "as for verify: the longest the target calls of the whole run may take (default: "
                    + "${DEFAULT-VALUE})")
    String runTimeout;

    @Option(names = "--target-timeout", paramLabel = "DURATION", defaultValue = Timeouts.DEFAULT_TARGET_TEXT,
            description = "as for verify: the longest one request to the Node host may take (default: "
                    + "${DEFAULT-VALUE})")
    String targetTimeout;

    @Option(names = "--call-timeout", paramLabel = "DURATION", defaultValue = "5s",
            description = {"the longest one call into the port (its authorize, or its loading in one container ×4) "
                    + "may take before the Node host stops the port's process and starts it again; the call is a "
                    + "target error of the port and the run goes on. At least 2s (a port has 1 s to call back), "
                    + "below --target-timeout and --step-timeout (default: ${DEFAULT-VALUE})"})
    String callTimeout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = NodeHostProcess.kitHome();
        Path specDir = specs != null ? specs : home.resolve("platform-specs");
        if (!Files.isDirectory(specDir)) {
            throw CliFailure.badInput("--specs " + specDir + ": not a directory (expected the kit's platform-specs/)");
        }
        Duration call = callTimeout();
        ensureHostInstalled(home);
        Resolved resolved = resolve(home);
        Files.createDirectories(report);
        err.println("certify-port: loading " + printable(port) + " in the Node host's five containers (in a "
                + "process of its own, each call bounded by " + Timeouts.format(call) + ")");
        err.flush();
        // loading takes at most five containers × the load bound, plus starting node and the host
        Duration ready = NodeHostProcess.loadTimeout(call).multipliedBy(5).plusSeconds(60);
        try (NodeHostProcess host = NodeHostProcess.start(home, node, resolved.path(), expectedIdentity(resolved.path()),
                specDir, ready, call, line -> {
                    err.println(printable(line));
                    err.flush();
                })) {
            JsonNode loadErrors = host.port().path("loadErrors");
            String identity = host.port().path("package").asString(resolved.path().toString());
            List<ObjectNode> findings = new ArrayList<>();
            String verdictLine;
            if (loadErrors.isObject() && !loadErrors.isEmpty()) {
                // A port that throws while loading is a deviation of the port (exit 1), reported with its stack.
                for (Map.Entry<String, JsonNode> e : loadErrors.properties()) {
                    ObjectNode f = JSON.createObjectNode();
                    f.put("kind", "load");
                    f.put("container", e.getKey());
                    f.put("requirement", (String) null);
                    f.put("scenario", "the port loads in the " + e.getKey() + " container");
                    f.put("aspect", (String) null);
                    f.put("expected", "the port loads");
                    f.put("observed", e.getValue().path("message").asString(""));
                    f.put("evidence", e.getValue().path("stack").asString(""));
                    findings.add(f);
                }
                verdictLine = "the port threw while loading; no scenario was run";
            } else {
                Path runRoot = report.resolve("run");
                err.println("certify-port: running the " + PLATFORM + " scenarios against the Node host at " + host.url());
                err.flush();
                StringWriter verifyOut = new StringWriter();
                StringWriter verifyErr = new StringWriter();
                int code;
                try (PrintWriter o = new PrintWriter(verifyOut); PrintWriter e = new PrintWriter(verifyErr)) {
                    List<String> args = new ArrayList<>(List.of("verify", "--target", host.url(), "--platform",
                            PLATFORM, "--report", runRoot.toString(), "--step-timeout", stepTimeout,
                            "--scenario-timeout", scenarioTimeout, "--run-timeout", runTimeout, "--target-timeout",
                            targetTimeout));
                    if (specs != null) {
                        args.addAll(List.of("--specs", specs.toString()));
                    }
                    code = Main.run(o, e, args.toArray(String[]::new));
                }
                if (code != ExitCode.OK && code != ExitCode.FINDINGS && code != ExitCode.NOT_JUDGED
                        && code != ExitCode.NOT_ASSESSED) {
                    err.print(verifyErr);
                    String reason = verifyErr.toString().strip().lines().reduce((a, b) -> b).orElse("verify failed");
                    String message = "the kit could not run the scenarios against the Node host: " + reason;
                    throw code == ExitCode.UNREACHABLE ? CliFailure.unreachable(message) : CliFailure.badInput(message);
                }
                verdictLine = verifyOut.toString().strip().lines().filter(l -> l.startsWith("conformant")
                        || l.startsWith("non-conformant") || l.startsWith("not judged")
                        || l.startsWith("not assessed")).findFirst().orElse("");
                if (code == ExitCode.NOT_JUDGED || code == ExitCode.NOT_ASSESSED) {
                    // Nothing judged is nothing certified (issue 24, item 3).
                    ObjectNode finding = JSON.createObjectNode();
                    finding.put("kind", code == ExitCode.NOT_JUDGED ? "not-judged" : "not-assessed");
                    finding.put("container", (String) null);
                    finding.put("requirement", (String) null);
                    finding.put("scenario", "every scenario of " + PLATFORM);
                    finding.put("aspect", (String) null);
                    finding.put("expected", "checks judged");
                    finding.put("observed", verdictLine);
                    finding.put("evidence", (String) null);
                    findings.add(finding);
                }
                JsonNode summary = JSON.readTree(summaryOf(runRoot).toFile());
                for (JsonNode f : summary.path("failures")) {
                    ObjectNode finding = JSON.createObjectNode();
                    finding.put("kind", "check");
                    finding.put("container", f.path("container").asString(null));
                    finding.put("requirement", f.path("requirement").asString(null));
                    finding.put("scenario", f.path("scenario").asString(""));
                    finding.put("aspect", f.path("aspect").asString(null));
                    finding.put("expected", f.path("expected").asString(null));
                    finding.put("observed", f.path("observed").asString(null));
                    finding.put("evidence", f.path("note").asString(null));
                    findings.add(finding);
                }
                for (JsonNode e : summary.path("errors")) {
                    ObjectNode finding = JSON.createObjectNode();
                    finding.put("kind", "error");
                    finding.put("container", containerOf(e.path("scenario").asString("")));
                    finding.put("requirement", e.path("requirement").asString(null));
                    finding.put("scenario", e.path("scenario").asString(""));
                    finding.put("aspect", (String) null);
                    finding.put("expected", (String) null);
                    finding.put("observed", e.path("message").asString(null));
                    finding.put("evidence", e.path("message").asString(null));
                    findings.add(finding);
                }
            }
            ObjectNode certification = JSON.createObjectNode();
            certification.put("schema", "scopekit-port-certification/1");
            certification.put("port", identity);
            certification.put("requested", port);
            certification.put("loadedFrom", resolved.how());
            certification.put("platform", PLATFORM);
            certification.put("verdict", findings.isEmpty() ? "certified" : "deviations");
            certification.put("run", verdictLine);
            ArrayNode list = certification.putArray("findings");
            findings.forEach(list::add);
            String json = Redactor.redact(JSON.writeValueAsString(certification));
            writeAtomically(report.resolve("certification.json"), json + "\n");
            writeAtomically(report.resolve("certification.md"), Redactor.redact(markdown(identity, resolved, findings, verdictLine)));
            out.println((findings.isEmpty() ? "certified: " : "deviations: ") + TerminalText.of(identity) + " on " + PLATFORM + ", "
                    + findings.size() + (findings.size() == 1 ? " finding" : " findings"));
            out.println("report: " + report.resolve("certification.md"));
            return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
    }

    /** Where the port comes from: a path, the copy pinned by adapters/node's package-lock, or npm install. */
    record Resolved(Path path, String how) {}

    private Resolved resolve(Path home) {
        Path asPath = Path.of(port);
        if (port.startsWith(".") || port.startsWith("/") || Files.exists(asPath)) {
            if (!Files.exists(asPath)) {
                throw CliFailure.badInput("PORT " + port + ": no such file or directory");
            }
            if (Files.isRegularFile(asPath) && port.endsWith(".tgz")) {
                // a tarball made by `npm pack`: installed as the registry's would be
                String tarball = asPath.toAbsolutePath().normalize().toString();
                Path installed = npmInstall(tarball, null);
                return new Resolved(installed, "npm install " + tarball + " (" + installedVersion(installed) + ")");
            }
            return new Resolved(asPath.toAbsolutePath(), "path " + asPath.toAbsolutePath());
        }
        if (!PACKAGE_SPEC.matcher(port).matches()) {
            throw CliFailure.badInput("PORT '" + port + "': expected an npm package spec such as @uni/apis@1.1.13, a "
                    + "tarball made by npm pack (.tgz) or a path");
        }
        int at = port.indexOf('@', 1);
        String name = at > 0 ? port.substring(0, at) : port;
        String version = at > 0 ? port.substring(at + 1) : null;
        Path pinned = home.resolve("adapters/node/node_modules").resolve(name);
        if (version != null && version.equals(installedVersion(pinned))) {
            return new Resolved(pinned, "adapters/node/node_modules (pinned by adapters/node/package-lock.json)");
        }
        Path installed = npmInstall(port, name);
        return new Resolved(installed, "npm install " + port + " (" + installedVersion(installed) + ")");
    }

    /** Installs {@code spec} into a temporary directory; returns the package's directory. */
    private Path npmInstall(String spec, @Nullable String name) {
        Path dir;
        try {
            dir = Files.createTempDirectory("scopekit-port-");
        } catch (IOException e) {
            throw CliFailure.badInput("cannot create a directory to install " + spec + ": " + e.getMessage());
        }
        // --ignore-scripts: a package's install scripts would run with the user's rights, outside any isolation
        run(List.of(npm, "install", "--ignore-scripts", "--no-save", "--no-audit", "--no-fund", "--no-package-lock",
                "--prefix", dir.toString(), spec), dir, Duration.ofMinutes(5), "npm install " + spec);
        Path installed = name != null ? dir.resolve("node_modules").resolve(name) : installedFrom(dir, spec);
        if (installed == null || installedVersion(installed) == null) {
            throw CliFailure.badInput("npm install " + spec + " did not install " + (name != null ? name : "it"));
        }
        return installed;
    }

    /** The package npm installed from a tarball: the entry of node_modules/.package-lock.json resolved from it. */
    private static @Nullable Path installedFrom(Path dir, String tarball) {
        Path lock = dir.resolve("node_modules/.package-lock.json");
        try {
            for (Map.Entry<String, JsonNode> e : JSON.readTree(lock.toFile()).path("packages").properties()) {
                String resolved = e.getValue().path("resolved").asString("");
                if (resolved.startsWith("file:") && resolved.endsWith("/" + Path.of(tarball).getFileName())) {
                    return dir.resolve(e.getKey());
                }
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * The call watchdog: at least 2s, as the host gives a port 1 s to call back, and below the bounds of the run, so
     * that the host answers a spinning call with a target error before the kit gives up on the request.
     */
    private Duration callTimeout() {
        Duration call;
        Duration step;
        Duration target;
        try {
            call = Timeouts.parse(callTimeout);
            step = Timeouts.parse(stepTimeout);
            target = Timeouts.parse(targetTimeout);
            Timeouts.parse(scenarioTimeout);
            Timeouts.parse(runTimeout);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        if (call.compareTo(Duration.ofSeconds(2)) < 0 || call.compareTo(step) >= 0 || call.compareTo(target) >= 0) {
            throw CliFailure.badInput("--call-timeout " + callTimeout + ": expected at least 2s and less than "
                    + "--step-timeout (" + stepTimeout + ") and --target-timeout (" + targetTimeout + ")");
        }
        return call;
    }

    /** What the host must report for the port: name@version from its package.json, or the file's path. */
    private static @Nullable String expectedIdentity(Path portPath) {
        if (Files.isRegularFile(portPath)) {
            return portPath.toAbsolutePath().normalize().toString();
        }
        try {
            JsonNode manifest = JSON.readTree(portPath.resolve("package.json").toFile());
            String name = manifest.path("name").asString(null);
            String version = manifest.path("version").asString(null);
            return name == null || version == null ? null : name + "@" + version;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The Node host's own dependency (a YAML parser) comes from adapters/node/package-lock.json. */
    private void ensureHostInstalled(Path home) {
        Path nodeDir = home.resolve("adapters/node");
        if (Files.isDirectory(nodeDir.resolve("node_modules/yaml"))) {
            return;
        }
        run(List.of(npm, "ci", "--no-audit", "--no-fund"), nodeDir, Duration.ofMinutes(5), "npm ci in " + nodeDir);
    }

    private static @Nullable String installedVersion(Path packageDir) {
        Path manifest = packageDir.resolve("package.json");
        if (!Files.isRegularFile(manifest)) {
            return null;
        }
        try {
            return JSON.readTree(manifest.toFile()).path("version").asString(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void run(List<String> command, Path dir, Duration timeout, String what) {
        Process p;
        try {
            p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw CliFailure.badInput(what + ": cannot run '" + command.get(0) + "' (" + e.getMessage() + ")");
        }
        try {
            byte[] output = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw CliFailure.unreachable(what + ": no result within " + timeout.toMinutes() + " min");
            }
            if (p.exitValue() != 0) {
                String text = new String(output, StandardCharsets.UTF_8).strip();
                String last = text.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
                throw CliFailure.badInput(what + " failed (exit " + p.exitValue() + "): " + last);
            }
        } catch (IOException e) {
            throw CliFailure.badInput(what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw CliFailure.badInput(what + ": interrupted");
        }
    }

    /** REPORT/run/latest is a symlink or, where links cannot be made, a file holding the run id. */
    private static Path summaryOf(Path runRoot) throws IOException {
        Path latest = runRoot.resolve("latest");
        if (Files.isRegularFile(latest, LinkOption.NOFOLLOW_LINKS)) {
            return runRoot.resolve(Files.readString(latest).strip()).resolve("summary.json");
        }
        return latest.resolve("summary.json");
    }

    private static @Nullable String containerOf(String scenario) {
        for (String c : List.of("alipay", "wechat", "bytedance", "baidu", "kuaishou")) {
            if (scenario.contains(" " + c + " ") || scenario.contains("\"" + c + "\"")) {
                return c;
            }
        }
        return null;
    }

    private String markdown(String identity, Resolved resolved, List<ObjectNode> findings, String verdictLine) {
        StringBuilder md = new StringBuilder();
        md.append("# Port certification: ").append(code(identity)).append(" on ").append(PLATFORM).append("\n\n");
        md.append("- requested: ").append(code(port)).append("\n");
        md.append("- loaded from: ").append(code(resolved.how())).append("\n");
        md.append("- containers: alipay (my), wechat (wx), bytedance (tt), baidu (swan), kuaishou (ks)\n");
        md.append("- run: ").append(code(verdictLine)).append("\n");
        md.append("- verdict: **").append(findings.isEmpty() ? "certified" : "deviations (" + findings.size() + ")")
                .append("**\n\n");
        if (!findings.isEmpty()) {
            md.append("| # | kind | container | requirement | scenario | aspect | expected | observed |\n");
            md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            int n = 0;
            for (ObjectNode f : findings) {
                md.append("| ").append(++n).append(" | ").append(f.path("kind").asString()).append(" | ")
                        .append(cell(f, "container")).append(" | ").append(cell(f, "requirement")).append(" | ")
                        .append(cell(f, "scenario")).append(" | ").append(cell(f, "aspect")).append(" | ")
                        .append(cell(f, "expected")).append(" | ").append(cell(f, "observed")).append(" |\n");
            }
            md.append("\n## Evidence (the native calls the port made, with arguments; stack traces)\n");
            n = 0;
            for (ObjectNode f : findings) {
                n++;
                JsonNode evidence = f.path("evidence");
                if (evidence.isNull() || evidence.isMissingNode() || evidence.asString().isBlank()) {
                    continue;
                }
                md.append("\n").append(n).append(". ").append(cell(f, "scenario")).append("\n\n    ")
                        .append(evidence.asString().replace("\r", "").replace("\n", "\n    ")).append("\n");
            }
        }
        return md.toString();
    }

    private static String cell(ObjectNode f, String field) {
        JsonNode v = f.path(field);
        return v.isNull() || v.isMissingNode() ? "" : code(v.asString());
    }

    /** Target text is data: kept in a code span, pipes and line breaks escaped so a table cell stays one cell. */
    private static String code(String text) {
        String flat = TerminalText.message(text).replace("\n", " ⏎ ").replace("|", "\\|").replace("`", "'");
        return flat.isEmpty() ? "" : "`" + flat + "`";
    }

    /** Port output and names are data: control and bidi characters are shown escaped, long lines cut. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        int max = Math.min(text.length(), 2000);
        for (int i = 0; i < max; i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || (c >= '\u202a' && c <= '\u202e')
                    || (c >= '\u2066' && c <= '\u2069');
            out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return text.length() > max ? out + "…" : out.toString();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".scopekit-tmp-", ".part");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
