package io.scopekit.bench;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.reference.DeviceOs;
import io.scopekit.target.reference.ReferenceSession;
import io.scopekit.target.reference.ReferenceTarget;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Consent-oracle speed: decision latency (p50 from SampleTime) and one-thread throughput over a fixed mix of
 * situations, with the reference runtime making the same decisions as comparator. Start-up is in
 * {@link OracleStartupBenchmark}. Run: {@code mvn -Pbench test-compile exec:exec -Dbench=ConsentOracle}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConsentOracleBenchmark {
    /** The mix: denied (Feishu, WeChat), never asked + allow, granted, below gate, getSetting. */
    static final List<Situation> MIX = List.of(
            new Situation("feishu-gadget", null, "mini-program", null, Map.of("scope.userInfo", RecordState.DENIED),
                    Action.callApi("getUserInfo"), null, null),
            new Situation("wechat-miniprogram", null, "mini-program", null, Map.of("scope.record", RecordState.DENIED),
                    Action.callApi("wx.startRecord"), null, null),
            new Situation("feishu-gadget", null, "mini-program", null, Map.of(), Action.callApi("getClipboardData"),
                    Answer.ALLOW, null),
            new Situation("wechat-miniprogram", null, "mini-program", null, Map.of("scope.camera", RecordState.GRANTED),
                    Action.callApi("wx.createVKSession"), null, null),
            new Situation("feishu-gadget", null, "mini-program", "5.9", Map.of(), Action.callApi("camera"), null, null),
            new Situation("wechat-miniprogram", null, "mini-program", null, Map.of("scope.record", RecordState.GRANTED),
                    Action.getSetting(), null, null));

    ConsentOracle oracle;
    ReferenceTarget reference;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        oracle = ConsentOracles.embedded();
        reference = new ReferenceTarget(DeviceOs.ANDROID);
    }

    private Situation next() {
        Situation s = MIX.get(i);
        i = (i + 1) % MIX.size();
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Decision oracleLatency() {
        return oracle.decide(next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Decision oracleThroughput() {
        return oracle.decide(next());
    }

    /** The same decision by the reference runtime: a fresh session seeded with the records, then the action. */
    private Observation referenceDecision() {
        Situation s = next();
        ReferenceSession session = reference.open(new SessionConfig(s.platform(), s.container(), s.appKind(),
                s.clientVersion(), "app", "user", "device"));
        s.records().forEach(session::seed);
        if (s.consentAnswer() != null) {
            session.script(PromptKind.CONSENT, s.consentAnswer());
        }
        return session.perform(s.action());
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Observation referenceLatency() {
        return referenceDecision();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Observation referenceThroughput() {
        return referenceDecision();
    }
}
