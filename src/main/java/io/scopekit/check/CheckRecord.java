package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Holds one comparison a {@code Then} step made, as carried in the messages stream with media type
 * {@value #MEDIA_TYPE} (docs/harness-contract.md).
 *
 * @param requirement      requirement id (the scenario's {@code @req-} tag without the prefix)
 * @param platform         platform spec id
 * @param container        container id for a port; {@code null} otherwise
 * @param scope            the scope compared; {@code null} for whole-app checks
 * @param behaviour        the summary matrix column
 * @param aspect           lower-case aspect name
 * @param status           {@code passed}, {@code failed}, {@code unspecified} or {@code unsupported}
 * @param expected         the oracle's decision
 * @param observed         what the target reported (target-provided text)
 * @param statedInScenario what the Gherkin says
 * @param rules            the oracle rules behind the expectation, each with its source passage
 * @param note             {@code kit-defect} or free text; may be {@code null}
 */
@API(status = EXPERIMENTAL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CheckRecord(
        String requirement,
        String platform,
        String container,
        String scope,
        String behaviour,
        String aspect,
        String status,
        String expected,
        String observed,
        String statedInScenario,
        List<Rule> rules,
        String note) {

    /** The media type of a check record attachment. */
    public static final String MEDIA_TYPE = "application/vnd.scopekit.check+json";

    public CheckRecord {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /**
     * Names an oracle rule and the source passage it encodes.
     *
     * @param name    rule name
     * @param file    DRL file relative to the rules directory
     * @param seed    seed file name or public address
     * @param section section of that document
     * @param passage the passage
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rule(String name, String file, String seed, String section, String passage) {}
}
