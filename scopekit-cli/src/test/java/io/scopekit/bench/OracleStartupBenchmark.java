package io.scopekit.bench;

import io.scopekit.oracle.internal.ConsentRules;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to a ready KieBase in a fresh JVM (single shot, one measurement per fork): the precompiled executable
 * model versus compiling the same DRL at run time ({@code --rules}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(5)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class OracleStartupBenchmark {

    @Benchmark
    public Object precompiledKieBase() {
        return ConsentRules.embedded().kieBase();
    }

    @Benchmark
    public Object runtimeCompiledKieBase() {
        return ConsentRules.fromDirectory(java.nio.file.Path.of("rules/consent")).kieBase();
    }
}
