package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.cucumber.tagexpressions.Expression;
import io.scopekit.report.ConformanceSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * The run controls of {@code verify} that users know from Cucumber and JUnit: {@code --list}, {@code --name},
 * {@code --fail-fast} and {@code --rerun} (reading the file and writing it after a failing run).
 */
final class VerifyControls {
    /** The file a failing run writes into its run directory, accepted by {@code --rerun}. */
    static final String RERUN_TXT = "rerun.txt";

    private VerifyControls() {}

    /** A scenario (or examples row) by the feature's URI as Cucumber names it, and its line. */
    record Location(URI uri, int line) {
        @Override
        public String toString() {
            return uri + ":" + line;
        }
    }

    /**
     * Reads a rerun file: one {@code uri:line} per line, blank lines and {@code #} comments ignored.
     *
     * @throws CliFailure bad input naming the file and line when a line is not a location or the file is unreadable
     */
    static List<Location> readRerun(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CliFailure.badInput("--rerun " + file + ": cannot read (" + e.getMessage() + ")");
        }
        List<Location> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            int colon = l.lastIndexOf(':');
            try {
                out.add(new Location(new URI(l.substring(0, colon)), Integer.parseInt(l.substring(colon + 1))));
            } catch (URISyntaxException | RuntimeException e) {
                throw CliFailure.badInput(file + ":" + (i + 1) + ": expected FEATURE-URI:LINE as written to "
                        + RERUN_TXT + " (e.g. classpath:scopekit/features/alipay/auth.feature:12), got '" + l + "'");
            }
        }
        if (out.isEmpty()) {
            throw CliFailure.badInput("--rerun " + file + ": no scenario listed; nothing was run and no report was "
                    + "written");
        }
        return out;
    }

    /** Writes {@code rerun.txt} into {@code runDir} when the run has failed scenarios; returns it, or null. */
    static @Nullable Path writeRerun(Path runDir, ConformanceSummary summary) throws IOException {
        Set<String> failed = new LinkedHashSet<>();
        summary.failures().forEach(f -> failed.add(f.uri() + ":" + f.line()));
        summary.errors().forEach(e -> failed.add(e.uri() + ":" + e.line()));
        if (failed.isEmpty()) {
            return null;
        }
        Path file = runDir.resolve(RERUN_TXT);
        // An ordinary file like the other reports (createTempFile would make it owner-only).
        Path temp = runDir.resolve(".scopekit-tmp-rerun-" + ProcessHandle.current().pid());
        Files.writeString(temp, String.join("\n", failed) + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return file;
    }

    /** Keeps the scenarios whose display name (feature and scenario) contains a match of a regex. */
    static PostDiscoveryFilter nameFilter(String regex) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw CliFailure.badInput("--name '" + regex + "': not a regular expression (" + e.getDescription() + ")");
        }
        return (TestDescriptor d) -> !d.isTest() ? FilterResult.included("container")
                : FilterResult.includedIf(pattern.matcher(d.getDisplayName()).find(), () -> "name matches " + regex,
                        () -> "name does not match " + regex);
    }

    /** Returns the scenarios of {@code plan} the tag expression selects (Cucumber filters tags while it runs). */
    static List<TestIdentifier> selected(TestPlan plan, @Nullable Expression tags) {
        return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .filter(TestIdentifier::isTest)
                .filter(id -> tags == null || tags.evaluate(id.getTags().stream().map(t -> "@" + t.getName()).toList()))
                .toList();
    }

    /** Prints one line per scenario: requirement id, platform, name and where it is. */
    static void list(PrintWriter out, List<TestIdentifier> scenarios) {
        for (TestIdentifier id : scenarios) {
            out.println(tag(id, "req-") + "\t" + tag(id, "platform-") + "\t" + id.getDisplayName() + "\t"
                    + where(id));
        }
        out.println(Plural.count(scenarios.size(), "scenario"));
        out.flush();
    }

    /** Cancels the run on the first failed scenario. */
    static TestExecutionListener failFast(CancellationToken token) {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                    token.cancel();
                }
            }
        };
    }

    private static String tag(TestIdentifier id, String prefix) {
        return id.getTags().stream().map(t -> t.getName()).filter(n -> n.startsWith(prefix))
                .map(n -> n.substring(prefix.length())).sorted().findFirst().orElse("-");
    }

    private static String where(TestIdentifier id) {
        return id.getSource().map(s -> {
            if (s instanceof ClasspathResourceSource c) {
                return "classpath:" + c.getClasspathResourceName()
                        + c.getPosition().map(p -> ":" + p.getLine()).orElse("");
            }
            if (s instanceof FileSource f) {
                return f.getUri() + f.getPosition().map(FilePosition::getLine).map(l -> ":" + l).orElse("");
            }
            return s.toString();
        }).orElse("-");
    }
}
