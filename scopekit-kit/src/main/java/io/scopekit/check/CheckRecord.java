package io.scopekit.check;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.scopekit.oracle.FiredRule;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Holds one comparison a {@code Then} step made, as carried in the messages stream with media type
 * {@value #MEDIA_TYPE} (docs/harness-contract.md); {@link CheckCodec} writes and reads it.
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
 * @param strictness       how the target asked this aspect to be compared: {@code exact}, {@code pattern} or
 *                         {@code unsupported} ({@code io.scopekit.target.Strictness} wire names); {@code null} in
 *                         records of kits before issue 24, which therefore cannot be recomputed
 *                         ({@link CheckComparison#recompute})
 */
@API(status = EXPERIMENTAL)
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"requirement", "platform", "container", "scope", "behaviour", "aspect", "status", "expected",
        "observed", "statedInScenario", "rules", "note", "strictness"})
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
        String note,
        // Left out when null, so records of older kits (and their golden files) keep their exact shape.
        @JsonInclude(JsonInclude.Include.NON_NULL) String strictness) {

    /** The media type of a check record attachment. */
    public static final String MEDIA_TYPE = "application/vnd.scopekit.check+json";

    public CheckRecord {
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Creates a record without a recorded strictness (as written before issue 24). */
    public CheckRecord(String requirement, String platform, String container, String scope, String behaviour,
            String aspect, String status, String expected, String observed, String statedInScenario, List<Rule> rules,
            String note) {
        this(requirement, platform, container, scope, behaviour, aspect, status, expected, observed, statedInScenario,
                rules, note, null);
    }

    /**
     * Names an oracle rule and the source passage it encodes: the fired-rule JSON of check records and of
     * {@code explain --json}.
     *
     * @param name    rule name
     * @param file    DRL file relative to the rules directory
     * @param seed    seed file name or public address
     * @param section section of that document
     * @param passage the passage
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"name", "file", "seed", "section", "passage"})
    public record Rule(String name, String file, String seed, String section, String passage) {

        /** Returns the rule as the oracle reported it firing. */
        public static Rule of(FiredRule fired) {
            return new Rule(fired.name(), fired.file(), fired.seed(), fired.section(), fired.passage());
        }

        /** Returns the rules of {@code fired}, in firing order. */
        public static List<Rule> of(List<FiredRule> fired) {
            return fired.stream().map(Rule::of).toList();
        }
    }
}
