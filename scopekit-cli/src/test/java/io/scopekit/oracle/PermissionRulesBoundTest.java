package io.scopekit.oracle;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.permission.LifecycleAction;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.testsupport.PermissionApps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules given with a rules directory: a looping rule base is stopped, a broken one is reported with file and line. */
class PermissionRulesBoundTest {

    @Test
    void should_stop_the_decision_with_an_error_when_a_rule_keeps_firing(@TempDir Path rules) throws IOException {
        // GIVEN a rule that modifies the request forever
        Files.createDirectories(rules.resolve("review"));
        Files.writeString(rules.resolve("review/loop.drl"), """
                package scopekit.rules.review;
                import io.scopekit.oracle.internal.PermRequest;
                import io.scopekit.oracle.internal.PermRoute;
                rule "Loop"
                    @source_seed("001_0b158fc905000e66.txt") @source_section("x") @source_passage("x")
                    when $r : PermRequest( route == PermRoute.START )
                    then modify( $r ) { setRoute( PermRoute.START ) }
                end
                """);
        PermissionOracle oracle = PermissionOracles.create(SpecCatalog.loadEmbedded(), rules);

        // WHEN a decision is asked / THEN it ends with an error naming the bound and the rule
        assertThatThrownBy(() -> oracle.decide(new PermissionSituation("feishu-openplatform",
                PermissionApps.custom().build(), LifecycleAction.export(PermissionApps.APP))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not settle within 1000 firings").hasMessageContaining("Loop");
    }

    @Test
    void should_report_file_and_line_when_a_permission_rule_does_not_compile(@TempDir Path rules) throws IOException {
        // GIVEN a rule with a syntax error on line 3
        Files.createDirectories(rules.resolve("access"));
        Files.writeString(rules.resolve("access/broken.drl"), "package scopekit.rules.access;\n\nrule \"Broken\" when then end end\n");

        // WHEN the oracle is created / THEN the problem names the file and line
        assertThatThrownBy(() -> PermissionOracles.create(SpecCatalog.loadEmbedded(), rules))
                .isInstanceOfSatisfying(RulesInvalidException.class,
                        e -> then(e.problems()).anySatisfy(p -> then(p).contains("access/broken.drl:3")));
    }
}
