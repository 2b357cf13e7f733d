package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@code ./scopekit simulate} as its own process, with the launcher's JVM options, under 9 clients each sending a
 * 100 MB body (issue 24, "Done when"): every body is refused with 413 and the process's peak resident memory
 * ({@code VmHWM} of /proc/PID/status, the kernel's own high-water mark, so no sampling can miss a peak) stays
 * under 1 GiB. Before the limit, WireMock read every body whole (the issue saw 5.8 GB). The clients do not ask
 * {@code Expect: 100-continue} (JDK 17's client waits for ever when that is answered with a final status).
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: the simulator in its own JVM")
@EnabledOnOs(OS.LINUX)
@ResourceLock("SimulatorMemoryAcceptanceTest") // its own fixtures: its methods stay in its thread, in order
class SimulatorMemoryAcceptanceTest {

    private static final long HUNDRED_MB = 100L * 1000 * 1000;
    private static final long ONE_GIB_KB = 1024L * 1024;

    @Test
    @Timeout(300)
    void should_refuse_9_bodies_of_100_mb_with_413_and_stay_under_1_gib_when_they_arrive_at_once() throws Exception {
        // GIVEN ./scopekit simulate running as a child process, with the launcher's JVM options
        Process sim = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.scopekit.cli.Main", "simulate", "feishu-openplatform", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI base = awaitAddress(sim.getInputStream());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            // WHEN 9 clients send a streamed 100 MB body each, at once
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/scopekit/admin/apps/cli_bare/import"))
                        .timeout(Duration.ofSeconds(120)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new Spaces(HUNDRED_MB)), HUNDRED_MB))
                        .build();
                sent.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<HttpResponse<String>> f : sent) {
                statuses.add(f.get(180, TimeUnit.SECONDS).statusCode());
            }
            // THEN every body is refused with 413, the simulator still answers, and its peak stayed under 1 GiB
            then(statuses).containsOnly(413);
            HttpResponse<String> after = client.send(HttpRequest.newBuilder(
                    base.resolve("/scopekit/admin/apps/cli_bare/export")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            then(after.statusCode()).isEqualTo(200);
            long peakKb = vmHwmKb(sim.pid());
            then(peakKb).as("VmHWM of the simulator: %d kB", peakKb).isLessThan(ONE_GIB_KB);
        } finally {
            sim.destroy();
            if (!sim.waitFor(20, TimeUnit.SECONDS)) {
                sim.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
        }
    }

    private static long vmHwmKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new AssertionError("no VmHWM in /proc/" + pid + "/status");
    }

    private static URI awaitAddress(InputStream out) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
            try {
                return lines.readLine();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        String line = first.get(120, TimeUnit.SECONDS);
        Matcher m = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+) ").matcher(String.valueOf(line));
        then(m.find()).as("simulate printed: %s", line).isTrue();
        return URI.create(m.group(1));
    }

    /** A body of spaces made on the fly, so the test itself holds none of it. */
    private static final class Spaces extends InputStream {
        private long left;

        Spaces(long size) {
            left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return ' ';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
        }
    }
}
