package io.scopekit.cli;

import io.scopekit.report.RunInfo;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.SpecCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Narrows a {@code verify} run to what the target declares it implements ({@code Target.coverage()}, or
 * {@code coverage} in {@code GET /v1/target}): its platforms, the app kinds those platforms host, and for a port the
 * containers it runs in. A target that implements less is not failed on what it never claimed; a {@code --platform}
 * outside its declaration is a usage error naming both.
 */
final class CoverageSelection {
    private static final String COVERAGE = "(Target.coverage(), or coverage in GET /v1/target)";
    private static final Pattern CONTAINER_STEP = Pattern.compile("in the \"([^\"]+)\" container");

    /**
     * What the run judges.
     *
     * @param platforms  the platforms whose scenarios run
     * @param containers the containers a port's scenarios run in; {@code null}: every one
     * @param ports      the ports among the platforms (whose scenarios the containers narrow)
     */
    record Selection(List<String> platforms, @Nullable Set<String> containers, Set<String> ports) {}

    private CoverageSelection() {}

    /**
     * Returns what the run judges: the platforms asked for with {@code --platform}, else the known ones the target
     * declares (by platform and app kind), with the declared containers of a port.
     *
     * @throws CliFailure bad input when a platform asked for is outside the declaration (naming both), or when the
     *                    declaration leaves no platform the specs define
     */
    static Selection select(SpecCatalog catalog, List<String> known, List<String> asked, RunInfo.TargetInfo target,
            PrintWriter err) {
        List<String> platforms = orEmpty(target.platforms());
        List<String> containers = orEmpty(target.containers());
        List<String> appKinds = orEmpty(target.appKinds());
        for (String p : asked.stream().distinct().toList()) {
            String outside = outside(catalog, p, platforms, containers, appKinds);
            if (outside != null) {
                throw CliFailure.badInput("--platform " + p + ": the target " + target.name()
                        + " does not implement it; " + outside + " " + COVERAGE);
            }
        }
        List<String> unknown = platforms.stream().filter(p -> !known.contains(p)).toList();
        List<String> judged = !asked.isEmpty() ? asked.stream().distinct().toList()
                : known.stream().filter(p -> outside(catalog, p, platforms, containers, appKinds) == null).toList();
        if (judged.isEmpty()) {
            throw CliFailure.badInput("the target " + target.name() + " declares " + describe(platforms, containers,
                    appKinds) + ", which no platform the specs define matches (expected some of: "
                    + String.join(", ", known) + ")");
        }
        if (!unknown.isEmpty()) {
            err.println("scopekit verify: the target declares " + String.join(", ", unknown)
                    + ", which the specs do not define; judging " + String.join(", ", judged));
        }
        Set<String> judgedContainers = null;
        if (!containers.isEmpty()) {
            Set<String> portContainers = new TreeSet<>();
            judged.forEach(p -> catalog.portMatrix(p).ifPresent(port -> port.containers().stream()
                    .map(Container::id).forEach(portContainers::add)));
            judgedContainers = new TreeSet<>(containers);
            judgedContainers.retainAll(portContainers);
            List<String> strange = containers.stream().filter(c -> !portContainers.contains(c)).toList();
            if (!portContainers.isEmpty() && !strange.isEmpty()) {
                err.println("scopekit verify: the target declares the containers " + String.join(", ", strange)
                        + ", which no port judged here runs in (expected some of: " + String.join(", ",
                        portContainers) + ")");
            }
        }
        Set<String> ports = new TreeSet<>();
        judged.forEach(p -> catalog.portMatrix(p).ifPresent(port -> ports.add(p)));
        return new Selection(judged, judgedContainers, ports);
    }

    /** Says why {@code platform} is outside the declaration, or returns {@code null} when it is inside. */
    private static @Nullable String outside(SpecCatalog catalog, String platform, List<String> platforms,
            List<String> containers, List<String> appKinds) {
        if (!platforms.isEmpty() && !platforms.contains(platform)) {
            return "it declares " + String.join(", ", platforms);
        }
        Set<String> kinds = appKindsOf(catalog, platform);
        if (!appKinds.isEmpty() && !kinds.isEmpty() && kinds.stream().noneMatch(appKinds::contains)) {
            return platform + " hosts " + String.join(", ", kinds) + " and it declares the app kinds "
                    + String.join(", ", appKinds);
        }
        Optional<PortMatrixSpec> port = catalog.portMatrix(platform);
        if (!containers.isEmpty() && port.isPresent()
                && port.get().containers().stream().map(Container::id).noneMatch(containers::contains)) {
            return platform + " runs in " + String.join(", ", port.get().containers().stream().map(Container::id)
                    .toList()) + " and it declares the containers " + String.join(", ", containers);
        }
        return null;
    }

    // A client platform hosts the app kinds of its spec; a port those of its containers' platforms; the open platform
    // (server side) none, so app kinds do not narrow it.
    private static Set<String> appKindsOf(SpecCatalog catalog, String platform) {
        Set<String> kinds = new LinkedHashSet<>();
        catalog.platform(platform).ifPresent(spec -> spec.appKinds().forEach(k -> kinds.add(k.id())));
        catalog.portMatrix(platform).ifPresent(port -> port.containers().forEach(c -> catalog.platform(c.platform())
                .map(ClientPlatformSpec::appKinds).orElse(List.of()).forEach(k -> kinds.add(k.id()))));
        return kinds;
    }

    private static String describe(List<String> platforms, List<String> containers, List<String> appKinds) {
        List<String> parts = new ArrayList<>();
        parts.add(platforms.isEmpty() ? "every platform" : "the platforms " + String.join(", ", platforms));
        if (!containers.isEmpty()) {
            parts.add("the containers " + String.join(", ", containers));
        }
        if (!appKinds.isEmpty()) {
            parts.add("the app kinds " + String.join(", ", appKinds));
        }
        return String.join(", ", parts);
    }

    private static List<String> orEmpty(@Nullable List<String> values) {
        return values == null ? List.of() : values;
    }

    /**
     * Keeps a port's scenarios that run in one of {@code containers}: the container is read from the scenario's
     * Examples row ({@code container} column) or its {@code in the "…" container} step. A scenario whose container
     * cannot be read is kept, so nothing is dropped unseen.
     */
    static PostDiscoveryFilter containerFilter(Set<String> containers, Set<String> ports) {
        Map<String, List<String>> lines = new ConcurrentHashMap<>();
        return (TestDescriptor d) -> {
            if (!d.isTest() || d.getTags().stream().noneMatch(t -> ports.contains(t.getName()
                    .replaceFirst("^platform-", "")))) {
                return FilterResult.included("not a port's scenario");
            }
            String container = d.getSource().flatMap(s -> containerAt(s, lines)).orElse(null);
            return FilterResult.includedIf(container == null || containers.contains(container),
                    () -> "runs in a declared container", () -> "runs in the container " + container + ", which the "
                            + "target does not declare (" + String.join(", ", containers) + ")");
        };
    }

    private static Optional<String> containerAt(TestSource source, Map<String, List<String>> cache) {
        String key;
        int line;
        if (source instanceof ClasspathResourceSource c && c.getPosition().isPresent()) {
            key = "classpath:" + c.getClasspathResourceName();
            line = c.getPosition().get().getLine();
        } else if (source instanceof FileSource f && f.getPosition().isPresent()) {
            key = f.getFile().getPath();
            line = f.getPosition().map(FilePosition::getLine).get();
        } else {
            return Optional.empty();
        }
        List<String> text = cache.computeIfAbsent(key, CoverageSelection::read);
        return line < 1 || line > text.size() ? Optional.empty() : Optional.ofNullable(containerAt(text, line - 1));
    }

    // Reads the container of the scenario (or Examples row) at index `at`; null when it names none.
    static @Nullable String containerAt(List<String> text, int at) {
        String here = text.get(at).trim();
        if (here.startsWith("|")) {
            int header = at;
            while (header > 0 && text.get(header - 1).trim().startsWith("|")) {
                header--;
            }
            List<String> names = cells(text.get(header));
            int column = names.indexOf("container");
            List<String> row = cells(here);
            if (column >= 0 && column < row.size()) {
                return row.get(column);
            }
        }
        int scenario = at;
        while (scenario > 0 && !isScenario(text.get(scenario).trim())) {
            scenario--;
        }
        for (int i = scenario + 1; i < text.size(); i++) {
            String l = text.get(i).trim();
            if (isScenario(l) || l.startsWith("Examples") || l.startsWith("例子")) {
                break;
            }
            Matcher m = CONTAINER_STEP.matcher(l);
            if (m.find() && !m.group(1).startsWith("<")) {
                return m.group(1);
            }
        }
        return null;
    }

    private static boolean isScenario(String line) {
        return line.startsWith("Scenario") || line.startsWith("Example:") || line.startsWith("场景");
    }

    private static List<String> cells(String row) {
        String t = row.trim();
        if (t.startsWith("|")) {
            t = t.substring(1);
        }
        if (t.endsWith("|")) {
            t = t.substring(0, t.length() - 1);
        }
        return Arrays.stream(t.split("\\|", -1)).map(String::trim).toList();
    }

    private static List<String> read(String key) {
        try {
            if (key.startsWith("classpath:")) {
                ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
                        ? Thread.currentThread().getContextClassLoader() : CoverageSelection.class.getClassLoader();
                try (InputStream in = loader.getResourceAsStream(key.substring("classpath:".length()))) {
                    return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                            .toList();
                }
            }
            return Files.readAllLines(java.nio.file.Path.of(key), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + key + " to find its scenarios' containers", e);
        }
    }
}
