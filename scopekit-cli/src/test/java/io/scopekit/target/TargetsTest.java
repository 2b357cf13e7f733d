package io.scopekit.target;

import io.scopekit.harness.Targets;
import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.target.reference.ReferenceTarget;
import io.scopekit.testsupport.RepromptAfterDenialTarget;
import org.junit.jupiter.api.Test;

class TargetsTest {

    @Test
    void should_resolve_reference_runtime_when_name_is_reference_or_blank() {
        // WHEN
        Target byName = Targets.resolve("reference");
        Target byDefault = Targets.resolve(" ");

        // THEN
        then(byName).isInstanceOf(ReferenceTarget.class);
        then(byDefault.identity().name()).isEqualTo("reference");
    }

    @Test
    void should_instantiate_class_when_spec_is_class_prefix() {
        // WHEN
        Target target = Targets.resolve("class:" + RepromptAfterDenialTarget.class.getName());

        // THEN
        then(target.identity().name()).isEqualTo("reprompt-after-denial");
    }

    @Test
    void should_list_registered_names_when_name_is_unknown() {
        // WHEN / THEN
        thenThrownBy(() -> Targets.resolve("nope"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown target 'nope'")
                .hasMessageContaining("reference");
    }

    @Test
    void should_reject_class_that_is_not_a_target() {
        // WHEN / THEN
        thenThrownBy(() -> Targets.resolve("class:java.lang.StringBuilder"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected an implementation of io.scopekit.target.Target");
    }

    @Test
    void should_suggest_the_classpath_option_when_a_class_target_is_not_found() {
        // WHEN / THEN the message says how to put the vendor's classes on the class path
        thenThrownBy(() -> Targets.resolve("class:com.example.Missing"))
                .hasMessageContaining("class not found")
                .hasMessageContaining("--classpath target/classes");
    }

    @Test
    void should_say_the_url_is_unreachable_when_spec_is_a_url_nothing_serves() {
        // WHEN / THEN the HTTP adapter takes the URL and probes it before anything else
        thenThrownBy(() -> Targets.resolve("http://127.0.0.1:1/scopekit"))
                .isInstanceOf(TargetUnreachableException.class)
                .hasMessage("GET /v1/target: cannot connect to 127.0.0.1:1 (connection refused)");
    }

    @Test
    void should_say_no_adapter_accepts_the_url_when_no_factory_on_the_class_path_does() {
        // GIVEN a class loader that sees no TargetFactory registration
        ClassLoader bare = new ClassLoader(null) {};

        // WHEN / THEN
        thenThrownBy(() -> Targets.resolve("https://runtime.example/scopekit", bare))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no TargetFactory on the classpath accepts an http(s):// URL");
    }
}
