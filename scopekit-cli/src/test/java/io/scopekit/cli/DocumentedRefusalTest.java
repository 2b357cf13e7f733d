package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * certify-port counts a check or scenario error as documented unsupported (neither passed nor a finding) only when
 * it is the Node host's own refusal of an API the framework's profile lists, never text a port wrote.
 */
class DocumentedRefusalTest {
    private static final JsonNode REFUSED = JsonMapper.builder().build().readTree(
            "[{\"container\": \"baidu\", \"api\": \"getLocation\"}, {\"container\": \"alipay\", \"api\": \"getAuthCode\"}]");
    private static final String HOST = "documented unsupported: taro@4.2.1 does not support getLocation in the baidu "
            + "container (not-listed; https://docs.taro.zone/docs/apis/location/getLocation/ §支持情况: …); native calls: []";

    @Test
    void should_recognise_the_refusal_when_the_host_wrote_it_for_this_port_and_a_refused_pair() {
        // GIVEN / WHEN / THEN as a check's observation and after the kit's set-up prefix of a scenario error
        then(CertifyPortCommand.documentedRefusal("error: " + HOST, "taro@4.2.1", REFUSED)).isTrue();
        then(CertifyPortCommand.documentedRefusal("setting up 'scope.userLocation granted' by calling swan.getLocation "
                + "failed on the target: " + HOST, "taro@4.2.1", REFUSED)).isTrue();
    }

    @Test
    void should_not_recognise_it_when_a_port_wrote_the_text_and_the_host_only_quotes_it() {
        // GIVEN a port that threw the host's words
        String quoted = "error: the port ran neither success nor fail for getLocation(); it threw: " + HOST;
        // WHEN / THEN
        then(CertifyPortCommand.documentedRefusal(quoted, "taro@4.2.1", REFUSED)).isFalse();
    }

    @Test
    void should_not_recognise_it_when_the_host_refused_no_such_pair_or_named_another_port() {
        // GIVEN / WHEN / THEN
        then(CertifyPortCommand.documentedRefusal(HOST.replace("baidu", "wechat"), "taro@4.2.1", REFUSED)).isFalse();
        then(CertifyPortCommand.documentedRefusal(HOST, "uni-app@2.0.0", REFUSED)).isFalse();
    }
}
