package io.scopekit.bench;

import com.cedarpolicy.model.AuthorizationResponse;
import io.scopekit.consent.PromptKind;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Decision;
import io.scopekit.oracle.Situation;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.reference.ReferenceSession;
import io.scopekit.target.reference.ReferenceTarget;
import io.scopekit.testsupport.CallSituations;
import io.scopekit.testsupport.CedarConsent;
import java.util.List;
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
 * Consent-decision speed on one thread: latency (p50 from SampleTime) and throughput over the same fixed mix of
 * API calls ({@link CallSituations#MIX}) for the Drools oracle (full decision: outcome, prompts, records, errMsg,
 * fired rules), the reference runtime (a fresh session seeded with the records, then the call) and Cedar
 * ({@code isAuthorized} on the allow/deny part only, policy {@code cedar/consent.cedar}). Start-up is in
 * {@link OracleStartupBenchmark}. Run: {@code mvn -Pbench test-compile exec:exec -Dbench=ConsentOracle}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConsentOracleBenchmark {
    static final List<Situation> MIX = CallSituations.MIX;

    ConsentOracle oracle;
    ReferenceTarget reference;
    CedarConsent cedar;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        oracle = ConsentOracles.embedded();
        reference = new ReferenceTarget();
        cedar = new CedarConsent(SpecCatalog.loadEmbedded());
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
        return session.perform(s.action()).orElseThrow();
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

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public AuthorizationResponse cedarLatency() {
        return cedar.authorize(next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public AuthorizationResponse cedarThroughput() {
        return cedar.authorize(next());
    }
}
