package io.scopekit.oracle.internal;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.oracle.FiredRule;
import io.scopekit.spec.Document;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every permission rule cites a section and passage of a document the Feishu Open Platform spec lists: seed 001 by
 * its file name or a public page by its address, so that the spec stays the one list of sources.
 */
class PermissionRuleSourcesTest {

    @Test
    void should_cite_a_document_of_the_spec_with_section_and_passage_when_any_permission_rule_is_loaded() {
        // GIVEN the shipped permission rules and the documents of the shipped permission model
        PermissionRules rules = PermissionRules.embedded();
        PermissionModelSpec model = SpecCatalog.loadEmbedded().permissionModel("feishu-openplatform").orElseThrow();
        Set<String> documents = new HashSet<>();
        for (Document d : model.documents()) {
            d.seed().ifPresent(documents::add);
            d.url().ifPresent(documents::add);
        }

        // WHEN we collect the rules whose citation is incomplete or names a document the spec does not list
        List<String> uncited = rules.rules().values().stream()
                .filter(r -> r.seed() == null || !documents.contains(r.seed())
                        || r.section() == null || r.section().isBlank()
                        || r.passage() == null || r.passage().isBlank())
                .map(r -> r.name() + " cites " + r.seed())
                .toList();

        // THEN there are none, and every rule lives in review/ or access/
        then(rules.rules()).hasSizeGreaterThan(40);
        then(rules.origin()).as("the build's executable model is found").isEqualTo("embedded (precompiled)");
        then(uncited).as("permission rules without a listed source").isEmpty();
        then(rules.rules().values()).extracting(FiredRule::file)
                .allSatisfy(f -> then(f).matches("(review|access)/[a-z-]+\\.drl"));
    }
}
