package io.scopekit.bench;

import io.scopekit.explore.Explorer;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Speed of {@code explore} in process against the reference: one operation is a run of 10,000 generated sequences
 * of up to 10 steps (client platforms and ports, or the open platform), start-up aside (the catalog, the oracles and
 * the target are built once per trial). Steps per second = the steps of a run (printed by {@code explore}) divided by
 * the time per operation. Run: {@code mvn -Pbench test-compile exec:exec -Dbench=ExploreBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExploreBenchmark {
    @Param({"client", "feishu-openplatform"})
    public String platforms;

    RunResources resources;
    long seed;

    @Setup(Level.Trial)
    public void setUp() {
        resources = RunResources.open(RunSettings.defaults());
        resources.get(io.scopekit.harness.Targets.RUN_TARGET);
        resources.get(io.scopekit.harness.PermissionTargets.RUN_TARGET);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        resources.close();
    }

    @Benchmark
    // Single shots: the iterations kept getting faster after 3 warm-up shots (511 → 230 ms), so the JIT was not
    // done; 15 warm-up shots reach the steady state that steps per second describe.
    @Warmup(iterations = 15)
    @Measurement(iterations = 10)
    public Explorer.Summary tenThousandSequences() {
        List<String> which = platforms.equals("client")
                ? List.of("wechat-miniprogram", "wechat-minigame", "feishu-gadget", "bytedance", "alipay", "baidu",
                        "kuaishou", "uni-authorize")
                : List.of("feishu-openplatform");
        return Explorer.explore(resources.startRun(), new Explorer.Options(which, ++seed, 10_000, 10, 1, 1, null),
                line -> { });
    }
}
