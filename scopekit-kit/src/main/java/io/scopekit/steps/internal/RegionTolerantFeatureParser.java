package io.scopekit.steps.internal;

import io.cucumber.core.gherkin.Feature;
import io.cucumber.core.gherkin.FeatureParser;
import io.cucumber.core.gherkin.Pickle;
import io.cucumber.core.gherkin.Step;
import io.cucumber.plugin.event.Location;
import io.cucumber.plugin.event.Node;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Lets Cucumber run features written in a regional Gherkin dialect such as {@code # language: zh-CN}.
 *
 * <p>cucumber-core 7.34 builds each scenario's locale with {@code Locale.Builder.setLanguage(pickleLanguage)},
 * which throws {@code IllformedLocaleException} for "zh-CN" — every Chinese scenario would fail before its
 * first step. This parser delegates to Cucumber's own Gherkin parser (found through the same ServiceLoader) and
 * only reports a pickle's language to the runtime without its region, and as English when it writes numbers as
 * English does ({@link #runtimeLanguage}); keywords are already resolved by then. Cucumber
 * picks the parser with the highest {@link #version()}, so this one wins while it is on the class path.
 */
public final class RegionTolerantFeatureParser implements FeatureParser {
    private final FeatureParser delegate;

    public RegionTolerantFeatureParser() {
        // Filter by provider type before instantiating: loading this class again would recurse.
        this.delegate = ServiceLoader.load(FeatureParser.class, RegionTolerantFeatureParser.class.getClassLoader())
                .stream()
                .filter(provider -> provider.type() != RegionTolerantFeatureParser.class)
                .map(ServiceLoader.Provider::get)
                .max(Comparator.comparing(FeatureParser::version))
                .orElseThrow(() -> new IllegalStateException("no Gherkin feature parser on the class path"));
    }

    @Override
    public Optional<Feature> parse(URI path, String source, Supplier<UUID> idGenerator) {
        return delegate.parse(path, source, idGenerator).map(RegionlessFeature::new);
    }

    @Override
    public String version() {
        return "9-scopekit";
    }

    private static String withoutRegion(String language) {
        int dash = language == null ? -1 : language.indexOf('-');
        return dash < 0 ? language : language.substring(0, dash);
    }

    private static final String ENGLISH = "en";
    private static final Map<String, String> RUNTIME_LANGUAGES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The language Cucumber's runtime is told for a pickle of Gherkin dialect {@code language}.
     *
     * <p>The runtime turns it into the Locale of the built-in number parameter types ({@code {float}},
     * {@code {bigdecimal}}: their decimal and grouping separators) and keys each runner thread's glue by that Locale.
     * A thread that moves to a scenario of another Locale builds its glue again: it compiles every step expression,
     * forgets which definition matched which step text, and writes every step definition, parameter type and hook
     * into the messages stream once more. The kit's features alternate English and Chinese files, so a full verify
     * built the glue 62 times, a fifth of its CPU (issue 23's profile). A dialect whose numbers are written as
     * English writes them is therefore run under English's Locale, which parses every step exactly as its own would;
     * any other keeps its own language (without region). The emoji dialect keeps "em": Cucumber names its snippets'
     * keywords by it. What the reports say is unchanged: the messages stream carries the pickles of the feature's own
     * dialect ({@code zh-CN}); only {@code Scenario.getLanguage()} in glue code answers with the runtime language.
     */
    static String runtimeLanguage(String language) {
        String base = withoutRegion(language);
        if (base == null || base.isEmpty() || ENGLISH.equals(base) || "em".equals(base)) {
            return base;
        }
        return RUNTIME_LANGUAGES.computeIfAbsent(base,
                b -> numberSymbols(b).equals(numberSymbols(ENGLISH)) ? ENGLISH : b);
    }

    // What the number parameter types read from a Locale (cucumber-expressions' NumberParser).
    private static List<Object> numberSymbols(String language) {
        java.text.DecimalFormatSymbols s;
        try {
            s = java.text.DecimalFormatSymbols.getInstance(new java.util.Locale.Builder().setLanguage(language).build());
        } catch (java.util.IllformedLocaleException e) {
            // Cucumber itself fails on such a language; keep it, so it fails the same way.
            return List.of(language);
        }
        return List.of(s.getDecimalSeparator(), s.getGroupingSeparator(), s.getMinusSign(), s.getExponentSeparator(),
                s.getZeroDigit());
    }

    /**
     * Also answers {@link #getPickleAt} from an index: Cucumber's own version scans every pickle of the feature for
     * each one, so discovering an outline of n examples rows took n² steps (10,000 rows: 7.5 s; 100,000: did not
     * finish in 10 minutes, issue 24 item 11).
     */
    private static final class RegionlessFeature implements Feature {
        private final io.cucumber.core.gherkin.Feature feature;
        private final Map<Location, Pickle> pickleAt = new HashMap<>();

        RegionlessFeature(io.cucumber.core.gherkin.Feature feature) {
            this.feature = feature;
            for (Pickle p : feature.getPickles()) {
                pickleAt.putIfAbsent(p.getLocation(), p);
            }
        }

        @Override
        public Pickle getPickleAt(Node node) {
            Pickle p = pickleAt.get(node.getLocation());
            // a node without a pickle: Cucumber's own lookup says so in its own words
            return new RegionlessPickle(p != null ? p : feature.getPickleAt(node));
        }

        @Override
        public List<Pickle> getPickles() {
            return feature.getPickles().stream().<Pickle>map(RegionlessPickle::new).toList();
        }

        @Override
        public String getSource() {
            return feature.getSource();
        }

        @Override
        public Iterable<?> getParseEvents() {
            return feature.getParseEvents();
        }

        @Override
        public URI getUri() {
            return feature.getUri();
        }

        @Override
        public Location getLocation() {
            return feature.getLocation();
        }

        @Override
        public Optional<String> getKeyword() {
            return feature.getKeyword();
        }

        @Override
        public Optional<String> getName() {
            return feature.getName();
        }

        @Override
        public Optional<Node> getParent() {
            return feature.getParent();
        }

        @Override
        public Collection<Node> elements() {
            return feature.elements();
        }
    }

    private record RegionlessPickle(Pickle pickle) implements Pickle {
        @Override
        public String getKeyword() {
            return pickle.getKeyword();
        }

        @Override
        public String getLanguage() {
            return runtimeLanguage(pickle.getLanguage());
        }

        @Override
        public String getName() {
            return pickle.getName();
        }

        @Override
        public Location getLocation() {
            return pickle.getLocation();
        }

        @Override
        public Location getScenarioLocation() {
            return pickle.getScenarioLocation();
        }

        @Override
        public Optional<Location> getRuleLocation() {
            return pickle.getRuleLocation();
        }

        @Override
        public Optional<Location> getFeatureLocation() {
            return pickle.getFeatureLocation();
        }

        @Override
        public Optional<Location> getExamplesLocation() {
            return pickle.getExamplesLocation();
        }

        @Override
        public List<Step> getSteps() {
            return pickle.getSteps();
        }

        @Override
        public List<String> getTags() {
            return pickle.getTags();
        }

        @Override
        public URI getUri() {
            return pickle.getUri();
        }

        @Override
        public String getId() {
            return pickle.getId();
        }
    }
}
