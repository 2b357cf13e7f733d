package io.scopekit.domain;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.domain.consent.ConsentExplainer;
import io.scopekit.domain.permission.PermissionExplainer;
import io.scopekit.spec.SpecCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one registration of the domains: {@code explain} finds a platform's domain here and names none itself. */
class DomainsTest {

    private static final SpecCatalog CATALOG = SpecCatalog.loadEmbedded();

    @Test
    void should_give_the_permission_domain_when_the_platform_is_a_permission_model() {
        // GIVEN the embedded specs / WHEN the domain of the Feishu permission model is asked
        Explainer explainer = Domains.explainer(CATALOG, "feishu-openplatform");

        // THEN the permission domain explains it
        then(explainer).isInstanceOf(PermissionExplainer.class);
    }

    @Test
    void should_give_the_consent_domain_when_the_platform_is_a_client_platform_or_no_spec() {
        // GIVEN the embedded specs / WHEN a client platform's and an unknown id's domains are asked
        // THEN the consent domain takes both (its error lists the platforms an unknown id could have meant)
        then(Domains.explainer(CATALOG, "wechat-miniprogram")).isInstanceOf(ConsentExplainer.class);
        then(Domains.explainer(CATALOG, "no-such-platform")).isInstanceOf(ConsentExplainer.class);
    }

    @Test
    void should_refuse_an_option_the_command_does_not_declare_when_a_domain_reads_it() {
        // GIVEN a question with one declared option, not given
        Map<String, Object> words = new HashMap<>();
        words.put("--scope", null);
        ExplainQuestion question = new ExplainQuestion(words);

        // WHEN / THEN the declared one reads as absent; a misspelt one is a kit defect, not bad input
        then(question.text("--scope")).isNull();
        then(question.flag("--scope")).isFalse();
        thenThrownBy(() -> question.text("--scopes")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("--scopes");
    }

    @Test
    void should_declare_one_option_with_each_domain_s_part_when_two_domains_read_it() {
        // GIVEN the registered domains, both of which read --action and --api
        // WHEN the options explain declares are asked for
        var options = Domains.explainOptions();

        // THEN each name is declared once; --action's help says the consent part, then the permission part
        then(options).extracting(ExplainOption::name).doesNotHaveDuplicates().contains("--scope", "--has", "--api");
        ExplainOption action = options.stream().filter(o -> o.name().equals("--action")).findFirst().orElseThrow();
        then(action.required()).isTrue();
        then(action.description()).startsWith("call-api, authorize,").contains("upgrade-client. On a permission model:");
    }

    @Test
    void should_refuse_two_domains_that_declare_one_option_differently_when_merged() {
        // GIVEN two declarations of --api, one taking a list
        ExplainOption text = ExplainOption.text("--api", "NAME", "API to call.");
        ExplainOption list = ExplainOption.list("--api", "NAME", "");

        // WHEN / THEN merging them is a kit defect naming the option
        thenThrownBy(() -> text.mergedWith(list)).isInstanceOf(IllegalStateException.class).hasMessageContaining("--api");
        then(text.mergedWith(ExplainOption.text("--api", "NAME", "")).description()).isEqualTo("API to call.");
    }
}
