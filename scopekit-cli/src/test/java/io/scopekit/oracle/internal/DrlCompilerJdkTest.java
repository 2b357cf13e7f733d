package io.scopekit.oracle.internal;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.RulesInvalidException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Custom rules ({@code --rules DIR}) are compiled by the JDK's javac: the kit ships without Drools' Eclipse compiler
 * (issue 18, the runnable jar's size). On a Java runtime without a compiler (a JRE) that is a usage problem with one
 * clear line, not an internal error with Drools' stack trace.
 */
class DrlCompilerJdkTest {

    @Test
    void should_name_the_rules_and_ask_for_a_jdk_when_the_runtime_has_no_java_compiler() throws IOException {
        // GIVEN the kit's own consent rules, which compile where there is a compiler
        Map<String, String> drl = Map.of("calls.drl",
                Files.readString(Path.of("rules/consent/calls.drl"), StandardCharsets.UTF_8));

        // WHEN they are compiled on a runtime that has no Java compiler
        RulesInvalidException e = catchThrowableOfType(RulesInvalidException.class,
                () -> DrlCompiler.compile(drl, "scopekit/rules/consent", "my-rules", null));

        // THEN the one problem names the rules and says that a JDK is needed, without Drools' internals
        then(e).isNotNull();
        then(e.problems()).singleElement().asString().startsWith("my-rules: ").contains("JDK")
                .contains(System.getProperty("java.home")).doesNotContain("org.kie").doesNotContain("drools-ecj");
    }

    @Test
    void should_compile_custom_rules_when_the_runtime_has_the_jdk_compiler() throws IOException {
        // GIVEN the same rules and this JVM's own compiler (the suite runs on a JDK)
        Map<String, String> drl = Map.of("calls.drl",
                Files.readString(Path.of("rules/consent/calls.drl"), StandardCharsets.UTF_8));

        // WHEN they are compiled
        var kieBase = DrlCompiler.compile(drl, "scopekit/rules/consent", "my-rules",
                ToolProvider.getSystemJavaCompiler());

        // THEN the rule base holds the file's rules
        then(kieBase.getKiePackage("scopekit.rules.consent").getRules()).isNotEmpty();
    }
}
