package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.ChildJvm;
import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Writes documentation sites for the tests: of the fixture run (which fails, with a hostile errMsg) and of the kit. */
final class SiteFixture {

    /** The errMsg the fixture target reports for FX-DENIED. */
    static final String PAYLOAD = "<script>alert(1)</script>";

    private static final Pattern HREF = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");

    private SiteFixture() {}

    /** Runs verify over the fixture features into {@code root}, then docs over that run into {@code root/site}. */
    static Path failingRunSite(Path root) {
        return docsOf(root, VerifyRun.verifyFixtures(root.resolve("reports")));
    }

    /** {@link #failingRunSite}, its verify run in a JVM of its own (testsupport.ChildJvm says when). */
    static Path failingRunSiteFromAChildJvm(Path root) throws IOException, InterruptedException {
        return docsOf(root, ChildJvm.scopekit(root.resolve("jvm"), Duration.ofMinutes(3), "verify", "--glue",
                VerifyRun.FIXTURE_GLUE, "--features", VerifyRun.FIXTURE_FEATURES.toString(), "--report",
                root.resolve("reports").toString()));
    }

    private static Path docsOf(Path root, VerifyRun verify) {
        then(verify.exitCode()).as(verify.err()).isEqualTo(1);
        Path site = root.resolve("site");
        VerifyRun docs = VerifyRun.run("docs", "--report", root.resolve("reports/latest").toString(), "--features",
                VerifyRun.FIXTURE_FEATURES.toString(), "--out", site.toString());
        then(docs.exitCode()).as(docs.err()).isZero();
        return site;
    }

    /** Lists the HTML pages of a site. */
    static List<Path> pages(Path site) throws IOException {
        try (Stream<Path> files = Files.list(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** Returns every internal link of the site's pages that points at a missing file or a missing anchor. */
    static List<String> brokenLinks(Path site) throws IOException {
        List<String> broken = new ArrayList<>();
        java.util.Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
        for (Path page : pages(site)) {
            java.util.Set<String> pageIds = new java.util.HashSet<>();
            Matcher m = ID.matcher(Files.readString(page));
            while (m.find()) {
                pageIds.add(m.group(1));
            }
            ids.put(page.getFileName().toString(), pageIds);
        }
        for (Path page : pages(site)) {
            Matcher m = HREF.matcher(Files.readString(page));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (link.startsWith("http://") || link.startsWith("https://")) {
                    continue;
                }
                String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
                String target = file.isEmpty() ? page.getFileName().toString() : file;
                if (!Files.isRegularFile(site.resolve(target))) {
                    broken.add(page.getFileName() + " -> " + link + " (no file)");
                } else if (anchor != null && !ids.getOrDefault(target, java.util.Set.of()).contains(anchor)) {
                    broken.add(page.getFileName() + " -> " + link + " (no anchor)");
                }
            }
        }
        return broken;
    }
}
