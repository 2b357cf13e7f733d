package io.scopekit.bench;

import io.scopekit.oracle.PermissionDecision;
import io.scopekit.oracle.PermissionOracle;
import io.scopekit.oracle.PermissionOracles;
import io.scopekit.oracle.PermissionSituation;
import io.scopekit.permission.ApiCall;
import io.scopekit.permission.AppState;
import io.scopekit.permission.Identity;
import io.scopekit.testsupport.PermissionApps;
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
 * Access-decision speed of the permission oracle on one thread, beside {@link ConsentOracleBenchmark}: latency (p50
 * from SampleTime) and throughput over a fixed mix of API calls on the Feishu Open Platform model — served with and
 * without the user_id field permission, refused with 99991672 and with 99991679, a user token within its grant, an
 * invalid token. Run: {@code mvn -Pbench test-compile exec:exec -Dbench=PermissionOracle}.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class PermissionOracleBenchmark {
    static final String M = "feishu-openplatform", GET = "contact.v3.users.get", BASE = "contact:contact.base:readonly";
    static final List<PermissionSituation> MIX = mix();

    PermissionOracle oracle;
    int i;

    static List<PermissionSituation> mix() {
        AppState withField = PermissionApps.custom().enabled(Identity.TENANT, BASE)
                .enabled(Identity.TENANT, "contact:user.employee_id:readonly").dataScope().build();
        AppState withoutField = PermissionApps.custom().enabled(Identity.TENANT, BASE).dataScope().build();
        AppState none = PermissionApps.custom().build();
        AppState userApp = PermissionApps.custom().enabled(Identity.USER, "calendar:calendar:read")
                .userGrant("ou_alice", "calendar:calendar:read").build();
        String a = PermissionApps.APP;
        return List.of(
                new PermissionSituation(M, withField, ApiCall.asTenant(a, GET, "user_id", "name")),
                new PermissionSituation(M, withoutField, ApiCall.asTenant(a, GET, "user_id")),
                new PermissionSituation(M, none, ApiCall.asTenant(a, GET)),
                new PermissionSituation(M, userApp, ApiCall.asUser(a, "ou_alice", "calendar.v4.calendars.list")),
                new PermissionSituation(M, userApp, ApiCall.asUser(a, "ou_bob", "calendar.v4.calendars.list")),
                new PermissionSituation(M, withField, new ApiCall(a, Identity.TENANT,
                        io.scopekit.permission.TokenStatus.INVALID, null, GET, List.of())));
    }

    @Setup(Level.Trial)
    public void setUp() {
        oracle = PermissionOracles.embedded();
    }

    private PermissionSituation next() {
        PermissionSituation s = MIX.get(i);
        i = (i + 1) % MIX.size();
        return s;
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public PermissionDecision accessLatency() {
        return oracle.decide(next());
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public PermissionDecision accessThroughput() {
        return oracle.decide(next());
    }
}
