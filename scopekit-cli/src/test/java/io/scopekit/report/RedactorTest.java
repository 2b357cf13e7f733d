package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.SecretCorpus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class RedactorTest {

    @Test
    void should_mask_authCode_when_value_is_in_a_java_map_string() {
        // GIVEN an Alipay response printed by Map.toString
        String text = "{authCode=4b1e2f9c7d, authSuccessScopes=[auth_user]}";

        // WHEN
        String redacted = Redactor.redact(text);

        // THEN
        then(redacted).doesNotContain("4b1e2f9c7d").contains("authCode=[REDACTED]").contains("auth_user");
    }

    @Test
    void should_keep_the_line_number_when_a_feature_file_name_contains_a_secret_word() {
        // GIVEN where a scenario sits, as the console and the site print it: the file name holds "authcode"
        String text = "classpath:scopekit/features/alipay/authorize-through-getauthcode.feature:42 and "
                + "features/alipay/authorize-through-getauthcode.zh-CN.feature:17:5";

        // WHEN
        String redacted = Redactor.redact(text);

        // THEN the locations are left as they are
        then(redacted).isEqualTo(text);
    }

    @Test
    void should_still_mask_authCode_and_token_values_when_they_stand_beside_a_feature_location() {
        // GIVEN a failure line that names the scenario's file and quotes what the target answered
        String text = "features/alipay/authorize-through-getauthcode.feature:42 observed authCode=4b1e2f9c7d, "
                + "app.authCode: 123456 and access_token=zzz999 in token.json";

        // WHEN
        String redacted = Redactor.redact(text);

        // THEN the location stays, the values go
        then(redacted).contains("authorize-through-getauthcode.feature:42").contains("in token.json")
                .doesNotContain("4b1e2f9c7d").doesNotContain("123456").doesNotContain("zzz999");
    }

    @Test
    void should_mask_json_keys_when_json_is_nested_in_a_json_string() {
        // GIVEN a check record (JSON) carried inside a Cucumber attachment body (a JSON string)
        String inner = "{\"observed\":\"x\",\"authCode\":\"abc123\",\"access_token\":\"zzz999\"}";
        String envelope = "{\"attachment\":{\"body\":" + quote(inner) + "}}";

        // WHEN
        String redacted = Redactor.redact(envelope);

        // THEN the values are gone, the structure is intact
        then(redacted).doesNotContain("abc123").doesNotContain("zzz999").contains("[REDACTED]").contains("observed");
    }

    @Test
    void should_mask_plain_json_pairs_when_keys_name_secrets() {
        // GIVEN
        String json = "{\"password\": \"hunter2\", \"appSecret\":\"s3cr3t\", \"scope\":\"scope.camera\"}";

        // WHEN
        String redacted = Redactor.redact(json);

        // THEN
        then(redacted).doesNotContain("hunter2").doesNotContain("s3cr3t").contains("scope.camera");
    }

    @Test
    void should_mask_bearer_and_feishu_tokens_when_they_appear_in_free_text() {
        // GIVEN
        String text = "Authorization: Bearer eyJhbGciOi.abc-DEF_123 then t-g1044ghJRUIJJ5ELPPZGUYP4Z5 and "
                + "u-7f1bcd13fc57d46bac21793a18e560";

        // WHEN
        String redacted = Redactor.redact(text);

        // THEN
        then(redacted).doesNotContain("eyJhbGciOi").doesNotContain("g1044gh").doesNotContain("7f1bcd13")
                .contains("Bearer [REDACTED]");
    }

    @Test
    void should_leave_text_unchanged_when_it_holds_no_secret() {
        // GIVEN ordinary report text, including words that merely resemble tokens
        String text = "fail: getLocation:fail auth deny; t-shirt scope.userInfo tokens: 3 <script>";

        // WHEN / THEN
        then(Redactor.redact(text)).isEqualTo(text);
        then(Redactor.containsSecret(text)).isFalse();
    }

    @Test
    void should_return_null_when_text_is_null() {
        then(Redactor.redact(null)).isNull();
    }

    @Test
    void should_mask_every_secret_form_of_the_corpus_when_each_is_redacted_alone() {
        // GIVEN every form of scopekit-cli/src/test/resources/secrets (free text and JSON documents)
        List<String> leaks = new ArrayList<>();

        // WHEN each is redacted on its own, as text and nested in a JSON string
        for (SecretCorpus.Entry e : SecretCorpus.all()) {
            String alone = Redactor.redact(e.text());
            String nested = Redactor.redact("{\"attachment\":{\"body\":" + quote(e.text()) + "}}");
            String inProse = Redactor.redact("the target said: " + e.text() + " and stopped");
            for (String secret : e.secrets()) {
                for (String out : List.of(alone, nested, inProse)) {
                    if (out.contains(secret)) {
                        leaks.add(secret + " in " + out);
                    }
                }
            }
        }

        // THEN no planted value survives in any of the three forms
        then(leaks).isEmpty();
    }

    @Test
    void should_keep_a_json_document_valid_and_its_other_values_readable_when_secret_keys_are_masked() {
        // GIVEN JSON with an escaped secret key, a number under a token key and an object under a secret key
        String json = "{\"tok\\u0065n\":\"abc123\",\"accessToken\":1234500030,\"secret\":{\"k\":\"v\"},"
                + "\"visible\":\"kept\",\"tokenTypes\":[\"tenant\"],\"none\":null}";

        // WHEN
        String redacted = Redactor.redact(json);

        // THEN the whole value of each secret key is the mask, the rest is intact and the document still parses
        var tree = JsonMapper.builder().build().readTree(redacted);
        then(tree.get("token").asString()).isEqualTo(Redactor.MASK);
        then(tree.get("accessToken").asString()).isEqualTo(Redactor.MASK);
        then(tree.get("secret").asString()).isEqualTo(Redactor.MASK);
        then(tree.get("visible").asString()).isEqualTo("kept");
        then(tree.get("tokenTypes").get(0).asString()).isEqualTo("tenant");
    }

    @Test
    void should_leave_ordinary_words_about_tokens_readable_when_they_hold_no_secret() {
        // GIVEN prose and rule text that mention tokens, secrets, passwords and cookies (secrets/benign.txt)
        for (String line : SecretCorpus.benign()) {
            // WHEN / THEN each line is left exactly as it was
            then(Redactor.redact(line)).as(line).isEqualTo(line);
        }
    }

    @Test
    void should_give_what_one_redaction_gave_when_redacted_text_is_redacted_again() {
        // GIVEN text redacted once, as a check record's observed value is before the summary redacts it again
        String once = Redactor.redact("Authorization: Bearer eyJhbGciOi.abc-DEF_123 and authCode=4b1e2f9c7d");

        // WHEN
        String twice = Redactor.redact(once);

        // THEN the scheme word stays readable and nothing more is masked
        then(twice).isEqualTo(once).contains("Authorization: Bearer [REDACTED]");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
