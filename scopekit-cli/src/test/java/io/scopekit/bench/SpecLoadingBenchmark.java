package io.scopekit.bench;

import io.scopekit.spec.SpecCatalog;
import io.scopekit.testsupport.SpecFixtures;
import java.nio.file.Path;
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
 * Measures loading, schema validation, cross-checking and binding of a whole specs directory in a warm JVM (target:
 * under 300 ms) on the shipped specs by default. Run: {@code mvn -Pbench test-compile exec:exec -Dbench=SpecLoading}. The {@code dir} parameter is
 * {@code fixtures} (scopekit-cli/src/test/resources/specs/valid) or a path such as {@code platform-specs}; {@code embedded} measures
 * {@link SpecCatalog#loadEmbedded()}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SpecLoadingBenchmark {

    @Param({"platform-specs"})
    public String dir;

    private Path path;

    @Setup
    public void setUp() {
        path = "fixtures".equals(dir) ? SpecFixtures.validDir() : Path.of(dir);
    }

    @Benchmark
    public SpecCatalog loadDirectory() {
        return SpecCatalog.load(path);
    }

    @Benchmark
    public SpecCatalog loadEmbedded() {
        return SpecCatalog.loadEmbedded();
    }
}
