package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

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

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
