package io.scopekit.oracle.internal;

import static org.assertj.core.api.BDDAssertions.then;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompiledAlphaNetworkTest {

    @Test
    void should_install_the_build_time_network_when_the_embedded_rules_load() {
        // GIVEN the build compiled the Request alpha network of the embedded rules
        // WHEN the embedded rules load
        ConsentRules rules = ConsentRules.embedded();
        // THEN the compiled network is wired in (the agreement tests then decide through it)
        then(rules.alphaNetworkCompiled()).isTrue();
    }

    @Test
    void should_keep_the_interpreted_network_when_the_rules_differ_from_the_build() {
        // GIVEN the embedded rules' DRL with one character changed
        ConsentRules built = ConsentRules.embedded(false);
        Map<String, String> changed = new LinkedHashMap<>(built.drl());
        String file = changed.keySet().iterator().next();
        changed.put(file, changed.get(file) + " ");
        // WHEN the compiled network is offered to a KieBase built from them
        boolean installed = CompiledAlphaNetwork.install(built.kieBase(), changed,
                CompiledAlphaNetworkTest.class.getClassLoader());
        // THEN it is refused: its fingerprint names other rules
        then(installed).isFalse();
        then(built.alphaNetworkCompiled()).isFalse();
    }

    @Test
    void should_fingerprint_independently_of_map_order_when_files_are_the_same() {
        // GIVEN the same two files in two orders
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a.drl", "rule a");
        ab.put("b.drl", "rule b");
        Map<String, String> ba = new LinkedHashMap<>();
        ba.put("b.drl", "rule b");
        ba.put("a.drl", "rule a");
        // WHEN fingerprinted / THEN equal, and a renamed file differs
        then(CompiledAlphaNetwork.fingerprint(ab)).isEqualTo(CompiledAlphaNetwork.fingerprint(ba));
        then(CompiledAlphaNetwork.fingerprint(Map.of("c.drl", "rule a", "b.drl", "rule b")))
                .isNotEqualTo(CompiledAlphaNetwork.fingerprint(ab));
    }
}
