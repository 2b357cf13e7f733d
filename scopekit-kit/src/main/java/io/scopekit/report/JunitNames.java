package io.scopekit.report;

import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.Tag;
import java.util.List;
import java.util.Optional;

/**
 * Names JUnit XML test cases by requirement and platform: {@code [FG-DENIED-CALL feishu-gadget] A denied scope ...}
 * instead of a scenario name alone, so a CI test tab says which requirement of which platform failed.
 *
 * <p>Cucumber's JUnit XML writer names a test case after the scenario of the Gherkin document; this rewrites the
 * scenario names of the document it is handed (only the JUnit writer's copy: the messages stream and HTML keep the
 * feature files' words). The requirement is the scenario's {@code @req-} tag, the platform the feature's (or the
 * rule's, or the scenario's) {@code @platform-} tag.
 */
final class JunitNames {
    private JunitNames() {}

    /** Returns {@code envelope}, or for a Gherkin document one whose scenarios carry requirement and platform. */
    static Envelope forJunit(Envelope envelope) {
        return envelope.getGherkinDocument().flatMap(d -> d.getFeature().map(f -> Envelope.of(new GherkinDocument(
                d.getUri().orElse(null), feature(f), d.getComments())))).orElse(envelope);
    }

    private static Feature feature(Feature f) {
        String platform = tag(f.getTags(), "@platform-").orElse(null);
        return new Feature(f.getLocation(), f.getTags(), f.getLanguage(), f.getKeyword(), f.getName(),
                f.getDescription(), f.getChildren().stream().map(c -> new FeatureChild(
                        c.getRule().map(r -> rule(r, platform)).orElse(null), c.getBackground().orElse(null),
                        c.getScenario().map(s -> scenario(s, platform)).orElse(null))).toList());
    }

    private static Rule rule(Rule r, String featurePlatform) {
        String platform = tag(r.getTags(), "@platform-").orElse(featurePlatform);
        return new Rule(r.getLocation(), r.getTags(), r.getKeyword(), r.getName(), r.getDescription(),
                r.getChildren().stream().map(c -> new RuleChild(c.getBackground().orElse(null),
                        c.getScenario().map(s -> scenario(s, platform)).orElse(null))).toList(), r.getId());
    }

    private static Scenario scenario(Scenario s, String outerPlatform) {
        String platform = tag(s.getTags(), "@platform-").orElse(outerPlatform);
        Optional<String> req = tag(s.getTags(), "@req-");
        if (req.isEmpty() && platform == null) {
            return s;
        }
        String label = "[" + req.orElse("-") + (platform == null ? "" : " " + platform) + "] ";
        return new Scenario(s.getLocation(), s.getTags(), s.getKeyword(), label + s.getName(), s.getDescription(),
                s.getSteps(), s.getExamples(), s.getId());
    }

    private static Optional<String> tag(List<Tag> tags, String prefix) {
        return tags.stream().map(Tag::getName).filter(n -> n.startsWith(prefix)).map(n -> n.substring(prefix.length()))
                .sorted().findFirst();
    }
}
