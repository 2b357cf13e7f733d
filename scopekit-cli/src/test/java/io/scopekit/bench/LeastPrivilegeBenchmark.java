package io.scopekit.bench;

import io.scopekit.privilege.Coverage;
import io.scopekit.privilege.LeastPrivilege;
import io.scopekit.privilege.PermissionPlan;
import io.scopekit.spec.OpenApi;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Measures {@code scopes minimal}'s solver on the largest realistic input: every API of the shipped catalog that the
 * identity can call, with the {@code user_id} field (tenant: 11 calls, user: 10). Run:
 * {@code mvn -Pbench test-compile exec:exec -Dbench=LeastPrivilege}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LeastPrivilegeBenchmark {

    @Param({"tenant", "user"})
    public String identity;

    private PermissionModelSpec model;
    private PermissionPlan plan;

    @Setup
    public void setUp() {
        model = SpecCatalog.load(Path.of("platform-specs")).permissionModel("feishu-openplatform").orElseThrow();
        List<String> apis = model.apis().stream().filter(a -> a.tokenTypes().contains(identity)).map(OpenApi::id)
                .toList();
        plan = new PermissionPlan(identity, apis, List.of("user_id"));
    }

    @Benchmark
    public Coverage minimalAllApis() {
        return LeastPrivilege.minimal(model, plan);
    }
}
