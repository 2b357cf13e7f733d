package io.scopekit.site;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ScenarioResult;
import io.scopekit.spec.SpecCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes the documentation site: a static, offline set of pages of every platform's scopes, behaviours and
 * scenarios beside their source passages, and, when a run is given, its results.
 */
@API(status = EXPERIMENTAL)
public final class DocsSite {

    /** The site's entry page. */
    public static final String INDEX = "index.html";

    private DocsSite() {}

    /**
     * The content a site is made of.
     *
     * @param specs     the platform specs
     * @param rules     rule files by path relative to the rules directory
     * @param features  feature files by path relative to the features directory
     * @param summary   the run's summary, or {@code null} for a site without results
     * @param scenarios the run's scenarios ({@code Reports.readScenarios}); empty without a run
     * @param certifications a directory of port certificates (certify-port's certification.json, one file per port)
     *                       for the ports page, or {@code null}
     */
    @API(status = EXPERIMENTAL)
    public record Inputs(SpecCatalog specs, SortedMap<String, byte[]> rules, SortedMap<String, byte[]> features,
            @Nullable ConformanceSummary summary, List<ScenarioResult> scenarios, @Nullable Path certifications) {
        /** Creates the inputs; the scenario list is copied. */
        public Inputs {
            scenarios = List.copyOf(scenarios);
        }

        /** Inputs without port certificates: the ports page says none were given. */
        public Inputs(SpecCatalog specs, SortedMap<String, byte[]> rules, SortedMap<String, byte[]> features,
                @Nullable ConformanceSummary summary, List<ScenarioResult> scenarios) {
            this(specs, rules, features, summary, scenarios, null);
        }
    }

    /**
     * What was written.
     *
     * @param index the entry page
     * @param pages number of HTML pages
     * @param bytes total size of the files written
     */
    @API(status = EXPERIMENTAL)
    public record Written(Path index, int pages, long bytes) {}

    /**
     * Returns the file name, within the site, of the page of the scenario (or examples row) at {@code line} of
     * feature {@code uri} as a run names it: what the console links a failure to.
     */
    public static String scenarioPage(String uri, int line) {
        return SiteWriter.scenarioFile(SiteWriter.featurePath(uri), line);
    }

    /**
     * Writes the site into {@code out} (created if missing); each file is written to a temp file and renamed.
     *
     * @throws IOException when a file cannot be written
     * @throws io.scopekit.report.ReportInputException when a file of {@code certifications} is not a port certificate
     */
    public static Written write(Inputs inputs, Path out) throws IOException {
        return new SiteWriter(inputs).write(out);
    }
}
