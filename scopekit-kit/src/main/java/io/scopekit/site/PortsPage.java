package io.scopekit.site;

import io.scopekit.report.ReportInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ports page: each certified port × its containers × the behaviours, read from the certificates
 * {@code certify-port} writes ({@code certification.json}, schema {@code scopekit-port-certification/1}), one file
 * per port in a directory (the kit's {@code certifications/}; docs/node-host.md, "The ports page").
 */
final class PortsPage {
    static final String FILE = "ports.html";
    static final String SCHEMA = "scopekit-port-certification/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The containers in the order the certificates list them; a port matrix (uni-authorize) has none. */
    private static final List<String> CONTAINERS = List.of("alipay", "wechat", "bytedance", "baidu", "kuaishou", "feishu");

    private PortsPage() {}

    record Page(boolean hasPorts, @Nullable String source, List<String> containers, List<Port> ports) {}

    record Port(String anchor, String port, String requested, View.Status verdict, String run, String loadedFrom,
            String kitVersion, String certifiedAt, String file, List<ContainerCell> containers, List<String> columns,
            List<BehaviourRow> behaviours, List<Finding> findings, boolean hasFindings, List<Refusal> documented,
            boolean hasDocumented, List<NotLoaded> notLoaded, boolean hasNotLoaded) {}

    /** One container of a port: certified, findings, documented unsupported, or not judged (and why). */
    record ContainerCell(String container, View.Status status, String text) {}

    record BehaviourRow(String behaviour, List<BehaviourCell> cells) {}

    /** Checks of one behaviour in one container: passed of judged, findings, documented unsupported. */
    record BehaviourCell(View.Status status, String text, String title) {}

    record Finding(String kind, String container, String requirement, String aspect, String scenario, String expected,
            String observed) {}

    /** {@code link} is the page's address when it is an https address (anything else is shown as text, never followed). */
    record Refusal(String container, String api, String basis, String url, @Nullable String link, String section,
            String says) {}

    record NotLoaded(String container, String reason) {}

    /**
     * Reads every {@code *.json} certificate of {@code dir}, sorted by file name; an empty page when {@code dir} is
     * {@code null}.
     *
     * @throws ReportInputException naming the file and what was expected, when one is not a port certificate
     */
    static Page read(@Nullable Path dir) throws IOException {
        if (dir == null) {
            return new Page(false, null, CONTAINERS, List.of());
        }
        if (!Files.isDirectory(dir)) {
            throw new ReportInputException(dir + ": not a directory (expected certificates written by certify-port, "
                    + "certification.json files)");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Port> ports = new ArrayList<>();
        for (Path f : files) {
            JsonNode c;
            try {
                c = JSON.readTree(f.toFile());
            } catch (RuntimeException e) {
                throw new ReportInputException(f + ": " + e.getMessage() + " (expected a certification.json written "
                        + "by certify-port)");
            }
            if (!SCHEMA.equals(c.path("schema").asString(null)) || !c.path("port").isString()
                    || !c.path("findings").isArray()) {
                throw new ReportInputException(f + ": expected a port certificate (\"schema\": \"" + SCHEMA
                        + "\", \"port\", \"findings\"), as certify-port writes certification.json");
            }
            ports.add(port(f.getFileName().toString(), c));
        }
        return new Page(!ports.isEmpty(), dir.toString(), CONTAINERS, ports);
    }

    private static Port port(String file, JsonNode c) {
        String identity = c.path("port").asString();
        Map<String, Integer> findingsBy = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (JsonNode f : c.path("findings")) {
            String container = text(f, "container");
            findingsBy.merge(container, 1, Integer::sum);
            findings.add(new Finding(text(f, "kind"), container, text(f, "requirement"), text(f, "aspect"),
                    text(f, "scenario"), text(f, "expected"), text(f, "observed")));
        }
        Map<String, Integer> refusedBy = new LinkedHashMap<>();
        for (JsonNode u : c.path("unsupported")) {
            if (u.has("scenario")) {
                refusedBy.merge(text(u, "container"), 1, Integer::sum);
            }
        }
        List<NotLoaded> notLoaded = new ArrayList<>();
        for (JsonNode u : c.path("unsupported")) {
            if (!u.has("scenario")) {
                notLoaded.add(new NotLoaded(text(u, "container"), text(u, "reason")));
            }
        }
        List<Refusal> documented = new ArrayList<>();
        for (JsonNode u : c.path("documentedUnsupported")) {
            JsonNode src = u.path("source");
            String url = text(src, "url");
            documented.add(new Refusal(text(u, "container"), text(u, "api"), text(u, "basis"), url,
                    url.startsWith("https://") ? url : null, text(src, "section"), text(src, "usedFor")));
        }
        // the columns: the containers judged (from the behaviour counts), else a port matrix's platform
        TreeSet<String> behaviourNames = new TreeSet<>();
        Map<String, Map<String, JsonNode>> byBehaviour = new LinkedHashMap<>();
        List<String> columns = new ArrayList<>();
        for (JsonNode b : c.path("behaviours")) {
            String column = b.path("container").isString() ? b.path("container").asString() : text(b, "platform");
            if (!columns.contains(column)) {
                columns.add(column);
            }
            behaviourNames.add(text(b, "behaviour"));
            byBehaviour.computeIfAbsent(text(b, "behaviour"), k -> new LinkedHashMap<>()).put(column, b);
        }
        columns.sort((a, b) -> Integer.compare(order(a), order(b)));
        List<BehaviourRow> rows = new ArrayList<>();
        for (String behaviour : behaviourNames) {
            List<BehaviourCell> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(behaviourCell(byBehaviour.get(behaviour).get(column)));
            }
            rows.add(new BehaviourRow(behaviour, cells));
        }
        List<ContainerCell> containers = new ArrayList<>();
        for (String container : CONTAINERS) {
            containers.add(containerCell(container, columns.contains(container), findingsBy.getOrDefault(container, 0),
                    refusedBy.getOrDefault(container, 0), notLoaded.stream().filter(n -> n.container().equals(container))
                            .findFirst().orElse(null)));
        }
        String verdict = c.path("verdict").asString("");
        return new Port(anchor(identity), identity, text(c, "requested"),
                "certified".equals(verdict) ? new View.Status("passed", "✔", "certified")
                        : View.Status.of("deviations".equals(verdict) ? "failed" : verdict),
                text(c, "run"), text(c, "loadedFrom"), text(c, "kitVersion"), text(c, "certifiedAt"), file,
                containers, columns, rows, findings, !findings.isEmpty(), documented, !documented.isEmpty(), notLoaded,
                !notLoaded.isEmpty());
    }

    private static ContainerCell containerCell(String container, boolean judged, int findings, int refused,
            @Nullable NotLoaded notLoaded) {
        if (notLoaded != null) {
            return new ContainerCell(container, View.Status.of("unsupported"), "not loaded: " + notLoaded.reason());
        }
        if (!judged) {
            return new ContainerCell(container, View.Status.of(null), "not judged in this container");
        }
        String refusedText = refused == 0 ? "" : ", " + refused + " documented unsupported";
        return findings == 0
                ? new ContainerCell(container, new View.Status("passed", "✔", "certified"), "no finding" + refusedText)
                : new ContainerCell(container, View.Status.of("failed"), findings + (findings == 1 ? " finding" : " findings")
                        + refusedText);
    }

    private static BehaviourCell behaviourCell(@Nullable JsonNode b) {
        if (b == null) {
            return new BehaviourCell(new View.Status("blank", "", "—"), "", "no scenario of this behaviour here");
        }
        int passed = b.path("passed").asInt();
        int failed = b.path("failed").asInt() + b.path("errors").asInt();
        int refused = b.path("documentedUnsupported").asInt();
        int judged = passed + failed;
        String title = passed + " passed, " + b.path("failed").asInt() + " failed, " + b.path("errors").asInt()
                + " scenario errors, " + b.path("unspecified").asInt() + " unspecified, " + b.path("unsupported").asInt()
                + " unsupported by the target, " + refused + " unsupported as the framework documents";
        View.Status status = failed > 0 ? View.Status.of("failed") : judged > 0 ? View.Status.of("passed")
                : refused > 0 ? View.Status.of("unsupported") : View.Status.of("unspecified");
        String text = passed + "/" + judged + (refused > 0 ? " · " + refused + " doc. unsupported" : "");
        return new BehaviourCell(status, text, title);
    }

    private static int order(String column) {
        int i = CONTAINERS.indexOf(column);
        return i < 0 ? CONTAINERS.size() : i;
    }

    private static String anchor(String identity) {
        return "port-" + identity.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isNull() || v.isMissingNode() ? "" : v.isString() ? v.asString() : v.toString();
    }
}
