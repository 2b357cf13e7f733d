package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The site colours a run's verdict as the console and the certificate state it: only a full verdict is green. */
class VerdictStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "conformant, passed, conformant",
            "conformant-where-assessed, unspecified, conformant where assessed",
            "not-assessed, unspecified, not assessed",
            "not-judged, failed, not judged",
            "non-conformant, failed, non-conformant"})
    void should_show_only_a_fully_conformant_run_as_passed_when_the_site_shows_a_verdict(String verdict, String css,
            String word) {
        // WHEN
        View.Status status = View.Status.ofVerdict(verdict);

        // THEN
        then(status.css()).isEqualTo(css);
        then(status.word()).isEqualTo(word);
    }
}
