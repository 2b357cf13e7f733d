package io.scopekit.bench;

import io.scopekit.consent.Action;
import io.scopekit.consent.RecordState;
import io.scopekit.target.ActionResult;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.Target;
import io.scopekit.target.TargetSession;
import io.scopekit.target.WireLog;
import io.scopekit.target.http.HttpTarget;
import io.scopekit.target.http.TargetServer;
import io.scopekit.target.reference.ReferenceTarget;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-step overhead of the HTTP adapter over loopback: one action ({@code wx.startRecord} with the record granted,
 * so no prompt) performed on the reference runtime in-process, and the same action through {@link HttpTarget} to
 * the reference served by {@link TargetServer} on 127.0.0.1 (one keep-alive connection, the answer parsed and
 * checked against its schema, the exchange logged). The overhead is the difference of the two p50s. Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench=LoopbackStep}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class LoopbackStepBenchmark {
    private static final SessionConfig WECHAT = new SessionConfig("wechat-miniprogram", null, "mini-program", null,
            "app-1", "user-1", "device-1");
    private static final Action CALL = Action.callApi("wx.startRecord");

    private TargetServer server;
    private Target http;
    private TargetSession overHttp;
    private TargetSession inProcess;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        server = TargetServer.start(new ReferenceTarget(), null, new InetSocketAddress("127.0.0.1", 0));
        http = HttpTarget.connect(server.uri().toString(), Duration.ofSeconds(10));
        overHttp = http.open(WECHAT);
        overHttp.control().seed("scope.record", RecordState.GRANTED);
        inProcess = new ReferenceTarget().open(WECHAT);
        inProcess.control().seed("scope.record", RecordState.GRANTED);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        overHttp.close();
        server.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ActionResult stepOverLoopbackHttp() {
        ActionResult result = overHttp.perform(CALL);
        // The harness drains the log once per scenario; a benchmark "scenario" is one step.
        ((WireLog) overHttp).drainExchanges();
        return result;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ActionResult stepInProcess() {
        return inProcess.perform(CALL);
    }
}
