package io.scopekit.cli;

import io.scopekit.report.Plural;

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
import picocli.CommandLine.Mixin;
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
@Command(name = "certify-port", mixinStandardHelpOptions = true)
final class CertifyPortCommand implements Callable<Integer> {
    static final String PLATFORM = "uni-authorize";
    /** How the Node host begins its answer to a call the framework's profile documents as unsupported. */
    static final String DOCUMENTED_UNSUPPORTED = "documented unsupported:";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Pattern PACKAGE_SPEC = Pattern.compile("^(@[a-z0-9][\\w.-]*/)?[a-z0-9][\\w.-]*(@[\\w.^~<>=*-]+)?$");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PORT", descriptionKey = "port")
    String port;

    @Option(names = "--manifest", paramLabel = "FILE")
    @Nullable Path manifest;

    @Option(names = "--expect", paramLabel = "FILE")
    @Nullable Path expect;

    @Option(names = "--report", defaultValue = "reports/certify", paramLabel = "DIR")
    Path report;

    /** What a packaged port is judged by; a framework is always judged by each container's own platform. */
    enum Judge { matrix, containers, both }

    @Option(names = "--judge", paramLabel = "WHAT", defaultValue = "both")
    Judge judge;

    @Option(names = "--cache-dir", paramLabel = "DIR")
    @Nullable Path cacheDir;

    @Option(names = "--no-cache")
    boolean noCache;

    @Option(names = "--node", defaultValue = "node", paramLabel = "EXE")
    String node;

    @Option(names = "--npm", defaultValue = "npm", paramLabel = "EXE")
    String npm;

    @Mixin
    SpecsDirOption specs;

    // The same bounds as verify (passed to the run), and the watchdog of each call into the port (issue 24, item 9).
    @Mixin
    TimeoutOptions timeouts;

    @Option(names = "--call-timeout", paramLabel = "DURATION", defaultValue = "5s")
    String callTimeout;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path home = NodeHostProcess.kitHome();
        Path specDir = specs.dir != null ? specs.dir : home.resolve("platform-specs");
        if (!Files.isDirectory(specDir)) {
            throw CliFailure.badInput("--specs " + specDir + ": not a directory (expected the kit's platform-specs/)");
        }
        Duration call = callTimeout();
        ensureHostInstalled(home);
        @Nullable Path frameworkManifest = frameworkManifest(home);
        // a packaged port is judged by its port matrix and by each container's own platform; a framework by the latter
        List<String> platforms = frameworkManifest != null || judge == Judge.containers ? CONTAINER_PLATFORMS
                : judge == Judge.matrix ? List.of(PLATFORM) : ALL_PLATFORMS;
        String judgedOn = String.join(", ", platforms);
        Resolved resolved;
        if (frameworkManifest != null) {
            ensureFrameworkInstalled(home, frameworkManifest, err);
            resolved = new Resolved(frameworkManifest, "manifest " + home.relativize(frameworkManifest.toAbsolutePath().normalize())
                    + " (packages pinned by adapters/node/package-lock.json)");
        } else {
            resolved = resolve(home);
        }
        @Nullable JsonNode expected = readExpected();
        Files.createDirectories(report);
        err.println("certify-port: loading " + printable(port) + " in the Node host's six containers (in a "
                + "process of its own, each call bounded by " + Timeouts.format(call) + ")");
        err.flush();
        // loading takes at most six containers × the load bound, plus starting node and the host
        Duration ready = NodeHostProcess.loadTimeout(call).multipliedBy(6).plusSeconds(60);
        // While node bundles and loads the port, this JVM readies the run it will start (class loading, specs,
        // features, rules): the two start in parallel, and the run begins only once both are done.
        Thread warmUp = warmUp(platforms);
        NodeHostProcess started;
        try {
            started = NodeHostProcess.start(home, node, resolved.path(),
                    frameworkManifest != null ? port : expectedIdentity(resolved.path()),
                    specDir, ready, call, frameworkManifest == null || noCache ? null : bundleCache(), line -> {
                        err.println(printable(line));
                        err.flush();
                    });
        } finally {
            joinWarmUp(warmUp);
        }
        try (NodeHostProcess host = started) {
            JsonNode loadErrors = host.port().path("loadErrors");
            String identity = host.port().path("package").asString(resolved.path().toString());
            List<ObjectNode> findings = new ArrayList<>();
            ArrayNode unsupported = JSON.createArrayNode();
            // platform × behaviour: the run's checks, with those the framework documents as unsupported moved out of
            // failed (the docs site's ports page reads this)
            Map<String, ObjectNode> cells = new java.util.LinkedHashMap<>();
            @Nullable JsonNode hostAnswers = null;
            String verdictLine;
            boolean framework = frameworkManifest != null;
            if (framework && loadErrors.isObject()) {
                // A framework is judged in each container it loaded in; a container its manifest leaves out (no
                // published package for it) is unsupported, not a failure; a container it failed to load in is a
                // finding, and neither container's platform is run.
                List<String> run = new ArrayList<>(platforms);
                for (Map.Entry<String, JsonNode> e : loadErrors.properties()) {
                    String platformOf = CONTAINER_OF_PLATFORM.entrySet().stream()
                            .filter(x -> x.getValue().equals(e.getKey())).map(Map.Entry::getKey).findFirst().orElse(null);
                    run.remove(platformOf);
                    String message = e.getValue().path("message").asString("");
                    if (message.contains("names no entry for the")) {
                        ObjectNode u = unsupported.addObject();
                        u.put("container", e.getKey());
                        u.put("reason", message);
                    } else {
                        findings.add(loadFinding(e.getKey(), e.getValue()));
                    }
                }
                platforms = run;
                judgedOn = String.join(", ", platforms);
            }
            if (platforms.isEmpty() || (!framework && loadErrors.isObject() && !loadErrors.isEmpty())) {
                // A port that throws while loading is a deviation of the port (exit 1), reported with its stack.
                for (Map.Entry<String, JsonNode> e : framework ? List.<Map.Entry<String, JsonNode>>of() : loadErrors.properties()) {
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
                err.println("certify-port: running the " + judgedOn + " scenarios against the Node host at " + host.url()
                        + (frameworkManifest == null ? "" : " (each platform's scenarios through the port in its own container)"));
                err.flush();
                StringWriter verifyOut = new StringWriter();
                StringWriter verifyErr = new StringWriter();
                int code;
                try (PrintWriter o = new PrintWriter(verifyOut); PrintWriter e = new PrintWriter(verifyErr)) {
                    List<String> args = new ArrayList<>(List.of("verify", "--target", host.url()));
                    for (String platform : platforms) {
                        args.addAll(List.of("--platform", platform));
                    }
                    args.addAll(List.of("--report", runRoot.toString()));
                    args.addAll(timeouts.asArguments());
                    if (specs.dir != null) {
                        args.addAll(List.of("--specs", specs.dir.toString()));
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
                    finding.put("scenario", "every scenario of " + judgedOn);
                    finding.put("aspect", (String) null);
                    finding.put("expected", "checks judged");
                    finding.put("observed", verdictLine);
                    finding.put("evidence", (String) null);
                    findings.add(finding);
                }
                JsonNode summary = JSON.readTree(summaryOf(runRoot).toFile());
                hostAnswers = portAnswers(host.url());
                JsonNode refusals = hostAnswers.path("documentedUnsupported");
                for (JsonNode c : summary.path("matrix")) {
                    ObjectNode cell = cell(cells, c.path("platform").asString(""), c.path("behaviour").asString(""));
                    JsonNode n = c.path("checks");
                    for (String k : List.of("passed", "failed", "unspecified", "unsupported", "waived")) {
                        cell.put(k, cell.path(k).asInt() + n.path(k).asInt());
                    }
                    cell.put("errors", cell.path("errors").asInt() + c.path("errors").asInt());
                }
                for (JsonNode f : summary.path("failures")) {
                    String observed = f.path("observed").asString("");
                    if (documentedRefusal(observed, identity, refusals)) {
                        ObjectNode cell = cell(cells, f.path("platform").asString(""), f.path("behaviour").asString(""));
                        cell.put("failed", Math.max(0, cell.path("failed").asInt() - 1));
                        cell.put("documentedUnsupported", cell.path("documentedUnsupported").asInt() + 1);
                        // the framework's own documentation says it does not support the API there (its profile):
                        // the check is unsupported, neither passed nor a finding
                        ObjectNode u = unsupported.addObject();
                        u.put("container", f.path("container").isNull() || f.path("container").isMissingNode()
                                ? containerOfPlatform(f.path("platform").asString(null)) : f.path("container").asString(null));
                        u.put("requirement", f.path("requirement").asString(null));
                        u.put("scenario", f.path("scenario").asString(""));
                        u.put("aspect", f.path("aspect").asString(null));
                        u.put("reason", observed.substring(observed.indexOf(DOCUMENTED_UNSUPPORTED)));
                        continue;
                    }
                    ObjectNode finding = JSON.createObjectNode();
                    finding.put("kind", "check");
                    finding.put("container", f.path("container").isNull() || f.path("container").isMissingNode()
                            ? containerOfPlatform(f.path("platform").asString(null)) : f.path("container").asString(null));
                    finding.put("requirement", f.path("requirement").asString(null));
                    finding.put("scenario", f.path("scenario").asString(""));
                    finding.put("aspect", f.path("aspect").asString(null));
                    finding.put("expected", f.path("expected").asString(null));
                    finding.put("observed", f.path("observed").asString(null));
                    // a check whose observation was a target error has no note: the error names the native calls
                    finding.put("evidence", f.path("note").isNull() || f.path("note").isMissingNode()
                            ? f.path("observed").asString(null) : f.path("note").asString(null));
                    findings.add(finding);
                }
                for (JsonNode e : summary.path("errors")) {
                    if (documentedRefusal(e.path("message").asString(""), identity, refusals)) {
                        ObjectNode cell = cell(cells, e.path("platform").asString(""), e.path("behaviour").asString(""));
                        cell.put("errors", Math.max(0, cell.path("errors").asInt() - 1));
                        cell.put("documentedUnsupported", cell.path("documentedUnsupported").asInt() + 1);
                        // the framework's own documentation says it does not support the API there (its profile):
                        // unsupported, neither passed nor a finding
                        ObjectNode u = unsupported.addObject();
                        u.put("container", containerOfPlatform(e.path("platform").asString(null)));
                        u.put("scenario", e.path("scenario").asString(""));
                        String message = e.path("message").asString("");
                        u.put("requirement", e.path("requirement").asString(null));
                        u.put("reason", message.substring(message.indexOf(DOCUMENTED_UNSUPPORTED)));
                        continue;
                    }
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
            // after any run of scenarios (a framework runs in the containers it loaded in, even when its manifest
            // leaves some out), the differential check's findings join the run's
            ArrayNode documented = JSON.createArrayNode();
            if (!platforms.isEmpty() && (framework || !(loadErrors.isObject() && !loadErrors.isEmpty()))) {
                findings.addAll(transparencyFindings(hostAnswers != null ? hostAnswers : portAnswers(host.url()),
                        identity, documented));
            }
            ObjectNode certification = JSON.createObjectNode();
            certification.put("schema", "scopekit-port-certification/1");
            certification.put("port", identity);
            certification.put("requested", port);
            certification.put("loadedFrom", resolved.how());
            certification.put("platform", judgedOn);
            certification.put("verdict", findings.isEmpty() ? "certified" : "deviations");
            certification.set("unsupported", unsupported);
            // each API the framework documents as unsupported in a container, once, with the page and section
            certification.set("documentedUnsupported", documented);
            certification.put("run", verdictLine);
            certification.put("kitVersion", io.scopekit.run.KitVersion.current());
            certification.put("certifiedAt", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
            ArrayNode behaviours = certification.putArray("behaviours");
            cells.values().forEach(behaviours::add);
            ArrayNode list = certification.putArray("findings");
            findings.forEach(list::add);
            String json = Redactor.redact(JSON.writeValueAsString(certification));
            writeAtomically(report.resolve("certification.json"), json + "\n");
            writeAtomically(report.resolve("certification.md"), Redactor.redact(markdown(identity, resolved, findings, verdictLine, judgedOn, unsupported, documented)));
            out.println((findings.isEmpty() ? "certified: " : "deviations: ") + TerminalText.of(identity) + " on " + judgedOn + ", "
                    + Plural.count(findings.size(), "finding"));
            out.println("report: " + report.resolve("certification.md"));
            if (expected != null) {
                return compareWithExpected(expected, findings, err);
            }
            return findings.isEmpty() ? ExitCode.OK : ExitCode.FINDINGS;
        }
    }

    private static ObjectNode cell(Map<String, ObjectNode> cells, String platform, String behaviour) {
        return cells.computeIfAbsent(platform + "\u0000" + behaviour, k -> {
            ObjectNode n = JSON.createObjectNode();
            n.put("platform", platform);
            n.put("container", containerOfPlatform(platform));
            n.put("behaviour", behaviour);
            for (String c : List.of("passed", "failed", "unspecified", "unsupported", "waived", "errors", "documentedUnsupported")) {
                n.put(c, 0);
            }
            return n;
        });
    }

    /** What the Node host collected during the run: the differential check's differences, the documented refusals. */
    private static JsonNode portAnswers(String url) {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        try {
            java.net.http.HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url + "/v1/port/differences")).timeout(Duration.ofSeconds(30)).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw CliFailure.unreachable("the Node host did not give the differential check's results (HTTP "
                        + r.statusCode() + ")");
            }
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw CliFailure.unreachable("the Node host did not give the differential check's results: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CliFailure.unreachable("interrupted while reading the differential check's results");
        }
    }

    /**
     * Whether a check's observation or a scenario's error is the host's own refusal of an API the framework documents
     * as unsupported there: the text must begin as the host writes it (the kit's setup-step prefix allowed), name
     * this port, and name a (container, API) the host reports having refused; text a port wrote (which the host only
     * ever quotes after its own words) cannot pass for it.
     */
    static boolean documentedRefusal(String text, String identity, JsonNode refusals) {
        java.util.regex.Matcher m = REFUSAL.matcher(text);
        if (!m.lookingAt() || !m.group(1).equals(identity)) {
            return false;
        }
        for (JsonNode r : refusals) {
            if (r.path("api").asString("").equals(m.group(2)) && r.path("container").asString("").equals(m.group(3))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern REFUSAL = Pattern.compile("(?:error: )?(?:setting up '[^'\\n]*' by calling [\\w.]+ "
            + "failed on the target: )?" + Pattern.quote(DOCUMENTED_UNSUPPORTED) + " (\\S+) does not support (\\w+) in the "
            + "(\\w+) container \\(");

    /** Where bundles are cached: --cache-dir, else $SCOPEKIT_CACHE_DIR, $XDG_CACHE_HOME/scopekit, ~/.cache/scopekit. */
    private Path bundleCache() {
        if (cacheDir != null) {
            return cacheDir.toAbsolutePath();
        }
        String env = System.getenv("SCOPEKIT_CACHE_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "scopekit").toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".cache", "scopekit");
    }

    /**
     * Runs {@code verify --list} for the platforms to be judged, output discarded: it loads the kit's classes, the
     * specs and the features, which the real run then finds loaded. It changes nothing on disk; whatever it fails on,
     * the real run reports.
     */
    private Thread warmUp(List<String> platforms) {
        List<String> args = new ArrayList<>(List.of("verify", "--list"));
        for (String platform : platforms) {
            args.addAll(List.of("--platform", platform));
        }
        if (specs.dir != null) {
            args.addAll(List.of("--specs", specs.dir.toString()));
        }
        args.addAll(timeouts.asArguments());
        Thread t = new Thread(() -> {
            Path scratch = null;
            try (PrintWriter none = new PrintWriter(java.io.Writer.nullWriter())) {
                // a report root of its own, so that nothing of it lands beside the user's reports
                scratch = Files.createTempDirectory("scopekit-certify-warm-up-");
                args.addAll(List.of("--report", scratch.toString()));
                Main.run(none, none, args.toArray(String[]::new));
            } catch (IOException | RuntimeException | Error e) {
                // the real run meets the same problem and reports it
            } finally {
                deleteTree(scratch);
            }
        }, "scopekit-certify-warm-up");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void deleteTree(@Nullable Path root) {
        if (root == null) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a scratch directory under the temporary directory: left for the system to clear
        }
    }

    /** The run starts after the warm-up, never beside it; a warm-up that hangs is left behind (a daemon thread). */
    private static void joinWarmUp(Thread warmUp) {
        try {
            warmUp.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The differential check of the transparency contract (docs/node-host.md): each field, callback count or Promise
     * outcome the port delivered otherwise than the container answered natively, as the host collected them during
     * the run; expected is the container's value, observed the port's.
     */
    private static List<ObjectNode> transparencyFindings(JsonNode answer, String identity, ArrayNode documented) {
        List<ObjectNode> out = new ArrayList<>();
        answer.path("documentedUnsupported").forEach(documented::add);
        for (JsonNode d : answer.path("differences")) {
            ObjectNode f = JSON.createObjectNode();
            f.put("kind", "transparency");
            f.put("container", d.path("container").asString(null));
            f.put("requirement", (String) null);
            f.put("scenario", identity + " " + d.path("call").asString("") + " in the " + d.path("container").asString("")
                    + " container delivers the container's answer unchanged");
            f.put("aspect", d.path("channel").asString("") + " " + d.path("field").asString("") + " "
                    + d.path("kind").asString(""));
            f.put("expected", d.path("native").toString());
            f.put("observed", d.path("port").toString());
            f.put("evidence", "port native calls (with the container's own answer): " + d.path("nativeCalls").toString());
            out.add(f);
        }
        return out;
    }

    private static ObjectNode loadFinding(String container, JsonNode error) {
        ObjectNode f = JSON.createObjectNode();
        f.put("kind", "load");
        f.put("container", container);
        f.put("requirement", (String) null);
        f.put("scenario", "the port loads in the " + container + " container");
        f.put("aspect", (String) null);
        f.put("expected", "the port loads");
        f.put("observed", error.path("message").asString(""));
        f.put("evidence", error.path("stack").asString(""));
        return f;
    }

    /** The client platforms of the Node host's containers, in the order the report lists them. */
    static final List<String> CONTAINER_PLATFORMS = List.of("alipay", "wechat-miniprogram", "bytedance", "baidu",
            "kuaishou", "feishu-gadget");
    static final List<String> ALL_PLATFORMS = java.util.stream.Stream.concat(java.util.stream.Stream.of(PLATFORM),
            CONTAINER_PLATFORMS.stream()).toList();
    private static final Map<String, String> CONTAINER_OF_PLATFORM = Map.of("alipay", "alipay", "wechat-miniprogram",
            "wechat", "bytedance", "bytedance", "baidu", "baidu", "kuaishou", "kuaishou", "feishu-gadget", "feishu");
    private static final Pattern FRAMEWORK = Pattern.compile("^(taro|uni-app)@[\\w.-]+$");

    private static @Nullable String containerOfPlatform(@Nullable String platform) {
        return platform == null ? null : CONTAINER_OF_PLATFORM.get(platform);
    }

    /** The manifest of a framework port (--manifest, or a shipped one for taro@… / uni-app@…); null for a package. */
    private @Nullable Path frameworkManifest(Path home) {
        if (manifest != null) {
            if (!Files.isRegularFile(manifest)) {
                throw CliFailure.badInput("--manifest " + manifest + ": no such file (expected a port manifest, "
                        + "docs/node-host.md, \"Port manifests\")");
            }
            return manifest.toAbsolutePath();
        }
        if (!FRAMEWORK.matcher(port).matches()) {
            return null;
        }
        Path dir = home.resolve("adapters/node/manifests");
        Path shipped = dir.resolve(port + ".json");
        if (!Files.isRegularFile(shipped)) {
            List<String> known = new ArrayList<>();
            try (var files = Files.list(dir)) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                        .forEach(n -> known.add(n.substring(0, n.length() - ".json".length())));
            } catch (IOException e) {
                // listed as none below
            }
            throw CliFailure.badInput("PORT '" + port + "': no manifest " + shipped + " (shipped: "
                    + String.join(", ", known) + "; for another version write one and pass --manifest FILE)");
        }
        return shipped;
    }

    /** The framework's packages come from adapters/node/package-lock.json: npm ci there when one is missing. */
    private void ensureFrameworkInstalled(Path home, Path manifestFile, PrintWriter err) {
        JsonNode m;
        try {
            m = JSON.readTree(manifestFile.toFile());
        } catch (RuntimeException e) {
            throw CliFailure.badInput(manifestFile + ": " + e.getMessage() + " (expected a JSON port manifest)");
        }
        Path modules = home.resolve("adapters/node/node_modules");
        // npm ci runs again only when its content key changed: the hash of package-lock.json it last installed from
        // (node_modules/.scopekit-lock-sha256). A checkout without the stamp is checked package by package.
        Path stamp = modules.resolve(".scopekit-lock-sha256");
        String key = lockKey(home.resolve("adapters/node/package-lock.json"));
        String installedKey = readQuietly(stamp);
        String why = null;
        if (installedKey != null && !installedKey.equals(key)) {
            why = "package-lock.json changed since node_modules was installed";
        } else if (installedKey == null) {
            for (Map.Entry<String, JsonNode> p : m.path("packages").properties()) {
                if (!p.getValue().asString("").equals(installedVersion(modules.resolve(p.getKey())))) {
                    why = printable(p.getKey()) + " " + printable(p.getValue().asString("")) + " is missing";
                    break;
                }
            }
        }
        if (why != null) {
            err.println("certify-port: installing the framework packages pinned by adapters/node/package-lock.json "
                    + "(npm ci; " + why + ")");
            err.flush();
            run(List.of(npm, "ci", "--no-audit", "--no-fund"), home.resolve("adapters/node"), Duration.ofMinutes(10),
                    "npm ci in adapters/node");
        }
        if (!key.equals(installedKey) && Files.isDirectory(modules)) {
            try {
                Files.writeString(stamp, key + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                // without the stamp the next run checks the packages one by one again
            }
        }
    }

    private static String lockKey(Path lock) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(lock)));
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return "no package-lock.json";
        }
    }

    private static @Nullable String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private @Nullable JsonNode readExpected() {
        if (expect == null) {
            return null;
        }
        try {
            JsonNode e = JSON.readTree(expect.toFile());
            if (!e.path("findings").isArray()) {
                throw CliFailure.badInput("--expect " + expect + ": expected a certification.json with a 'findings' list");
            }
            return e;
        } catch (RuntimeException e) {
            if (e instanceof CliFailure) {
                throw e;
            }
            throw CliFailure.badInput("--expect " + expect + ": " + e.getMessage() + " (expected a certification.json)");
        }
    }

    /** A finding as --expect compares it: what and where, and what was observed. */
    private static String key(JsonNode f) {
        return String.join(" | ", f.path("kind").asString(""), f.path("container").asString(""),
                f.path("requirement").asString(""), f.path("aspect").asString(""), f.path("scenario").asString(""))
                + " => " + f.path("observed").asString("");
    }

    private static int compareWithExpected(JsonNode expected, List<ObjectNode> findings, PrintWriter err) {
        java.util.Set<String> before = new java.util.TreeSet<>();
        expected.path("findings").forEach(f -> before.add(key(f)));
        java.util.Set<String> now = new java.util.TreeSet<>();
        findings.forEach(f -> now.add(key(f)));
        if (before.equals(now)) {
            err.println("certify-port: the findings are those expected (" + now.size() + ")");
            err.flush();
            return ExitCode.OK;
        }
        for (String k : now) {
            if (!before.contains(k)) {
                err.println("certify-port: new finding: " + printable(k));
            }
        }
        for (String k : before) {
            if (!now.contains(k)) {
                err.println("certify-port: gone: " + printable(k));
            }
        }
        err.flush();
        return ExitCode.FINDINGS;
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
            step = Timeouts.parse(timeouts.step);
            target = Timeouts.parse(timeouts.target);
            Timeouts.parse(timeouts.scenario);
            Timeouts.parse(timeouts.run);
        } catch (IllegalArgumentException e) {
            throw CliFailure.badInput(e.getMessage());
        }
        if (call.compareTo(Duration.ofSeconds(2)) < 0 || call.compareTo(step) >= 0 || call.compareTo(target) >= 0) {
            throw CliFailure.badInput("--call-timeout " + callTimeout + ": expected at least 2s and less than "
                    + "--step-timeout (" + timeouts.step + ") and --target-timeout (" + timeouts.target + ")");
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
        for (String c : List.of("alipay", "wechat", "bytedance", "baidu", "kuaishou", "feishu")) {
            if (scenario.contains(" " + c + " ") || scenario.contains("\"" + c + "\"")) {
                return c;
            }
        }
        return null;
    }

    private String markdown(String identity, Resolved resolved, List<ObjectNode> findings, String verdictLine,
            String judgedOn, ArrayNode unsupported, ArrayNode documented) {
        StringBuilder md = new StringBuilder();
        md.append("# Port certification: ").append(code(identity)).append(" on ").append(judgedOn).append("\n\n");
        md.append("- requested: ").append(code(port)).append("\n");
        md.append("- loaded from: ").append(code(resolved.how())).append("\n");
        md.append("- containers: alipay (my), wechat (wx), bytedance (tt), baidu (swan), kuaishou (ks), feishu (tt)\n");
        md.append("- judged on: ").append(code(judgedOn)).append("\n");
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
        if (!documented.isEmpty()) {
            md.append("\n## Unsupported, as the framework documents (neither passed nor findings)\n\n");
            md.append("| container | API | basis | page | section | what the page says |\n| --- | --- | --- | --- | --- | --- |\n");
            for (JsonNode u : documented) {
                JsonNode src = u.path("source");
                md.append("| ").append(code(u.path("container").asString(""))).append(" | ").append(code(u.path("api").asString("")))
                        .append(" | ").append(code(u.path("basis").asString(""))).append(" | ").append(code(src.path("url").asString("")))
                        .append(" | ").append(code(src.path("section").asString(""))).append(" | ")
                        .append(code(src.path("usedFor").asString(""))).append(" |\n");
            }
            md.append("\n").append(unsupported.size()).append(" checks or containers were not judged for it (certification.json, "
                    + "\"unsupported\").\n");
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
