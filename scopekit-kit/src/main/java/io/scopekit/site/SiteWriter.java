package io.scopekit.site;

import io.scopekit.check.CheckRecord;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.report.Plural;
import io.scopekit.report.ConformanceSummary;
import io.scopekit.report.ConformanceSummary.Finding;
import io.scopekit.report.ScenarioResult;
import io.scopekit.site.FeatureCatalog.FeatureScenario;
import io.scopekit.site.RuleCatalog.RuleEntry;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Document;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.Spec;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Builds the site's view values from specs, rules, features and a run, and writes each page through a template. */
final class SiteWriter {

    private final DocsSite.Inputs in;
    private final ConformanceSummary summary;
    private final boolean hasRun;
    private final List<FeatureScenario> scenarios;
    private final List<FeatureCatalog.Outline> outlines;
    private final Map<String, List<FeatureScenario>> rowsByOutline = new HashMap<>();
    private final Map<String, List<FeatureScenario>> byRequirement = new HashMap<>();
    private final Map<String, Integer> placeInRequirement = new HashMap<>();
    private final List<RuleEntry> rules;
    private final Map<String, ScenarioResult> resultByKey = new HashMap<>();
    private final Map<String, FeatureScenario> scenarioByKey = new LinkedHashMap<>();
    private final Map<String, String> ruleAnchor = new HashMap<>();
    private final Map<String, Document> documentBySeed = new HashMap<>();
    private final Templates templates = new Templates();
    private final List<SearchEntry> search = new ArrayList<>();

    /** One entry of the client-side search index. */
    record SearchEntry(String kind, String text, String label, String href) {}

    SiteWriter(DocsSite.Inputs in) {
        this.in = in;
        this.summary = in.summary();
        this.hasRun = summary != null;
        FeatureCatalog.Catalog catalog = FeatureCatalog.read(in.features());
        this.scenarios = catalog.scenarios();
        this.outlines = catalog.outlines();
        this.rules = RuleCatalog.read(in.rules());
        for (FeatureScenario s : scenarios) {
            scenarioByKey.put(s.key(), s);
            if (s.outline() != null) {
                rowsByOutline.computeIfAbsent(s.outline(), k -> new ArrayList<>()).add(s);
            }
            if (s.requirement() != null) {
                List<FeatureScenario> same = byRequirement.computeIfAbsent(s.requirement(), k -> new ArrayList<>());
                placeInRequirement.put(s.key(), same.size());
                same.add(s);
            }
        }
        for (ScenarioResult r : in.scenarios()) {
            resultByKey.put(featurePath(r.uri()) + ":" + r.line(), r);
        }
        for (RuleEntry r : rules) {
            ruleAnchor.putIfAbsent(r.name(), "rule-" + slug(r.name()));
        }
        for (Spec spec : in.specs().specs()) {
            for (Document d : spec.documents()) {
                d.seed().ifPresent(seed -> documentBySeed.putIfAbsent(seed, d));
                d.url().ifPresent(url -> documentBySeed.putIfAbsent(url, d));
            }
        }
    }

    // Each page is rendered straight into its file and dropped before the next: a run of many thousand scenarios
    // never has its pages in memory together.
    DocsSite.Written write(Path out) throws IOException {
        Files.createDirectories(out);
        int pages = 0;
        long bytes = 0;
        List<View.Card> cards = cards();
        bytes += page(out, DocsSite.INDEX, "index", "ScopeKit — platforms · 平台", "ScopeKit platforms · 平台",
                index(cards));
        pages++;
        for (Spec spec : in.specs().specs()) {
            View.Platform p = platform(spec);
            bytes += page(out, platformFile(spec.id()), "platform", p.nameEn() + " — ScopeKit", p.nameEn(), p);
            pages++;
        }
        for (FeatureCatalog.Outline o : outlines) {
            bytes += page(out, outlineFile(o), "outline", o.name() + " — ScopeKit", o.name(), outline(o));
            pages++;
        }
        for (FeatureScenario s : scenarios) {
            bytes += page(out, scenarioFile(s), "scenario", s.name() + " — ScopeKit", s.name(), scenario(s));
            pages++;
        }
        bytes += page(out, "failures.html", "failures", "Failures — ScopeKit", "Failures by rule and passage",
                failures());
        bytes += page(out, "matrix.html", "matrix", "Matrix — ScopeKit", "Platform × behaviour", matrix());
        bytes += page(out, "rules.html", "rules", "Rules — ScopeKit", "Rules and their sources", ruleList());
        bytes += page(out, "certificate.html", "certificate", "Certificate — ScopeKit", "Certificate",
                certificate(cards));
        bytes += page(out, PortsPage.FILE, "ports", "Ports — ScopeKit", "Ports × containers × behaviours",
                PortsPage.read(in.certifications()));
        pages += 5;
        bytes += writeAtomically(out.resolve("search-index.js"), searchIndexScript());
        for (String asset : List.of("site.css", "search.js")) {
            bytes += writeAtomically(out.resolve(asset), templates.asset(asset));
        }
        return new DocsSite.Written(out.resolve(DocsSite.INDEX), pages, bytes);
    }

    private long page(Path out, String file, String template, String title, String heading, Object body)
            throws IOException {
        View.Page page = new View.Page(null, title, "en", heading, true, body);
        return writeAtomically(out.resolve(file), w -> templates.render(template, page, w));
    }

    // ---- index and cards

    private View.Index index(List<View.Card> cards) {
        String totals = null;
        if (hasRun) {
            var t = summary.totals();
            totals = Plural.count(t.scenarios(), "scenario") + " (" + t.scenariosFailed() + " failed), "
                    + Plural.count(t.steps(), "step") + ", " + Plural.count(t.checks().total(), "check") + " · "
                    + t.scenarios()
                    + " 个场景，" + t.checks().total() + " 项检查";
        }
        return new View.Index(hasRun, hasRun ? summary.runId() : null,
                hasRun ? View.Status.ofVerdict(summary.verdict()) : null, totals, cards);
    }

    private List<View.Card> cards() {
        List<View.Card> cards = new ArrayList<>();
        for (Spec spec : in.specs().specs()) {
            List<String> unspecified = behaviourParams(spec).stream().filter(BehaviourParam::isUnspecified)
                    .map(BehaviourParam::name).toList();
            var result = platformResult(spec.id());
            int scenarioCount = result.map(ConformanceSummary.PlatformResult::scenarios)
                    .orElse((int) scenarios.stream().filter(s -> spec.id().equals(s.platform())).count());
            View.Counts counts = result.map(r -> counts(r.checks())).orElse(null);
            String score = result.map(r -> score(r.platform())).orElse(null);
            cards.add(new View.Card(platformFile(spec.id()), spec.id(), spec.name(), chineseName(spec), kind(spec),
                    result.map(r -> View.Status.of(r.result())).orElse(View.Status.of(null)), score, scenarioCount,
                    counts, result.isPresent(), unspecified, unspecified.size(), decided(spec),
                    result.map(ConformanceSummary.PlatformResult::errors).orElse(0)));
            search.add(new SearchEntry("platform", spec.id() + " " + spec.name() + " " + nz(chineseName(spec)),
                    spec.name() + (chineseName(spec) == null ? "" : " · " + chineseName(spec)), platformFile(spec.id())));
        }
        // A product owner opens the index to see what is wrong: failing platforms first, then the rest as listed.
        List<View.Card> ordered = new ArrayList<>(cards.stream().filter(c -> "failed".equals(c.result().css())).toList());
        cards.stream().filter(c -> !"failed".equals(c.result().css())).forEach(ordered::add);
        return ordered;
    }

    // The certificate's score, the one every view prints (ConformanceSummary.Score); a summary of an older kit has
    // none, and its platforms read "not assessed" rather than a figure computed another way here.
    private String score(String platform) {
        ConformanceSummary.Score score = summary.certificate() == null ? null
                : summary.certificate().scoreOf(platform);
        return score == null ? "not assessed" : score.describe();
    }

    private Optional<ConformanceSummary.PlatformResult> platformResult(String id) {
        if (!hasRun) {
            return Optional.empty();
        }
        return summary.platforms().stream().filter(p -> p.platform().equals(id)).findFirst();
    }

    // ---- platform pages

    private View.Platform platform(Spec spec) {
        List<View.Source> docs = spec.documents().stream()
                .map(d -> new View.Source(d.title(), d.seed().orElse(null), d.url().orElse(null), null, null,
                        d.updated().orElse(null))).toList();
        List<View.Scope> scopes = new ArrayList<>();
        List<View.Permission> permissions = new ArrayList<>();
        String file = platformFile(spec.id());
        if (spec instanceof ClientPlatformSpec c) {
            for (ScopeSpec s : c.scopes()) {
                scopes.add(new View.Scope(scopeAnchor(s.id()), s.id(), s.label(), s.description().orElse(null),
                        s.status().id(), s.gate().map(Object::toString).orElse(null),
                        s.apis(), s.components(), consent(s.consent()), null,
                        source(spec, s.source())));
                indexScope(file, spec.id(), s.id(), s.label(), s.apis(), s.source().passage());
            }
        } else if (spec instanceof PortMatrixSpec pm) {
            for (PortScope s : pm.scopes()) {
                String support = s.support().entrySet().stream()
                        .map(e -> e.getKey() + ": " + (e.getValue() ? "yes" : "no")).collect(Collectors.joining(", "));
                scopes.add(new View.Scope(scopeAnchor(s.id()), s.id(), s.label(), null, null, null, s.apis(),
                        List.of(), consent(s.consent()), support, source(spec, s.source())));
                indexScope(file, spec.id(), s.id(), s.label(), s.apis(), s.source().passage());
            }
        } else if (spec instanceof PermissionModelSpec m) {
            for (var p : m.permissions()) {
                String levels = p.levels().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining(", "));
                permissions.add(new View.Permission(scopeAnchor(p.id()), p.id(), p.name(), String.join(", ", p.identities()), levels,
                        source(spec, p.source())));
                search.add(new SearchEntry("permission", p.id() + " " + p.name() + " " + p.source().passage(),
                        p.id() + " · " + p.name(), file + "#" + scopeAnchor(p.id())));
            }
            for (var api : m.apis()) {
                search.add(new SearchEntry("api", api.id() + " " + api.method() + " " + api.path(),
                        api.method() + " " + api.path() + " (" + spec.id() + ")", file));
            }
        }
        List<FeatureScenario> mine = scenarios.stream().filter(s -> spec.id().equals(s.platform())).toList();
        List<View.Behaviour> behaviours = new ArrayList<>();
        for (BehaviourParam b : behaviourParams(spec)) {
            String tag = kebab(b.name());
            List<View.ScenarioRef> refs = mine.stream().filter(s -> tag.equals(s.behaviour())).map(this::ref).toList();
            List<View.RuleRef> deciding = decidingRules(b);
            List<String> extra = b.attributes().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
            behaviours.add(new View.Behaviour("behaviour-" + tag, b.name(), title(b.name()),
                    b.value(), b.isUnspecified(), extra, b.source().map(s -> source(spec, s)).orElse(null), deciding,
                    refs, worst(refs)));
        }
        List<View.Silent> silent = new ArrayList<>();
        if (hasRun) {
            for (var a : summary.silent()) {
                if (!a.platform().equals(spec.id())) {
                    continue;
                }
                silent.add(new View.Silent(a.aspect(), a.platform() + (a.container() == null ? "" : "/" + a.container()),
                        a.behaviour(), a.checks(), a.divergent() ? "yes — the target did different things" : "no",
                        a.observed().stream().map(o -> new View.Observed(o.value(), o.checks(),
                                String.join(", ", o.requirements()))).toList()));
            }
        }
        return new View.Platform(spec.id(), spec.name(), chineseName(spec), kind(spec),
                platformResult(spec.id()).map(r -> View.Status.of(r.result())).orElse(View.Status.of(null)), hasRun,
                docs, scopes, permissions, behaviours, mine.stream().map(this::ref).toList(), silent);
    }

    private void indexScope(String file, String platform, String id, String label, List<String> apis, String passage) {
        search.add(new SearchEntry("scope", id + " " + nz(label) + " " + platform, id + " · " + nz(label) + " ("
                + platform + ")", file + "#" + scopeAnchor(id)));
        for (String api : apis) {
            search.add(new SearchEntry("api", api + " " + id, api + " → " + id + " (" + platform + ")",
                    file + "#" + scopeAnchor(id)));
        }
        search.add(new SearchEntry("passage", passage, passage, file + "#" + scopeAnchor(id)));
    }

    private List<View.RuleRef> decidingRules(BehaviourParam b) {
        String constant = null;
        for (BehaviourKey k : BehaviourKey.values()) {
            if (k.wireName().equals(b.name())) {
                constant = k.name();
            }
        }
        String wanted = constant + "=" + b.value();
        return rules.stream().filter(r -> r.decides().contains(wanted))
                .map(r -> new View.RuleRef("rules.html#" + ruleAnchor.get(r.name()), r.name())).toList();
    }

    private static View.Status worst(List<View.ScenarioRef> refs) {
        String worst = null;
        for (View.ScenarioRef r : refs) {
            String w = r.status().word();
            if ("failed".equals(w) || worst == null || "not run".equals(worst)) {
                worst = w;
            }
        }
        return worst == null ? null : View.Status.of("not run".equals(worst) ? null : worst);
    }

    // ---- scenario pages

    private View.ScenarioRef ref(FeatureScenario s) {
        ScenarioResult r = resultByKey.get(s.key());
        return new View.ScenarioRef(scenarioFile(s), s.name(), s.requirement(), s.language(), scenarioStatus(r));
    }

    private View.Status scenarioStatus(ScenarioResult r) {
        if (r == null) {
            return View.Status.of(null);
        }
        if (r.failed()) {
            return View.Status.of("failed");
        }
        boolean anyJudged = r.checks().stream().anyMatch(c -> "passed".equals(c.status()) || "failed".equals(c.status()));
        return View.Status.of(anyJudged || r.checks().isEmpty() ? "passed" : r.checks().get(0).status());
    }

    private View.Scenario scenario(FeatureScenario s) {
        ScenarioResult r = resultByKey.get(s.key());
        FeatureScenario other = counterpart(s);
        List<View.Check> checks = new ArrayList<>();
        List<View.Capture> captures = new ArrayList<>();
        if (r != null) {
            int i = 1;
            for (CheckRecord c : r.checks()) {
                checks.add(new View.Check(i++, c.aspect(), c.scope(), c.statedInScenario(), c.expected(),
                        red(c.observed()), View.Status.of(c.status()), c.note(), fired(c.rules())));
            }
            for (ScenarioResult.Capture c : r.captures()) {
                captures.add(new View.Capture(c.mediaType(), c.fileName(), red(c.text())));
            }
        }
        search.add(new SearchEntry("requirement", nz(s.requirement()) + " " + s.name(), nz(s.requirement()) + " · "
                + s.name(), scenarioFile(s)));
        List<View.FailureBox> boxes = new ArrayList<>();
        if (r != null && r.failed()) {
            String failedStep = r.stepRuns().stream().filter(st -> !"passed".equals(st.status())
                    && !"skipped".equals(st.status())).map(ScenarioResult.StepRun::text).findFirst().orElse(null);
            for (CheckRecord c : r.checks()) {
                if ("failed".equals(c.status())) {
                    boxes.add(new View.FailureBox("Failed check: " + c.aspect(), null, c.aspect(), c.expected(),
                            red(c.observed()), c.scope() == null ? null : "scope " + c.scope(), fired(c.rules())));
                }
            }
            if (boxes.isEmpty()) {
                boxes.add(errorBox(r.status(), r.message(), failedStep));
            }
        }
        return new View.Scenario(s.name(), s.requirement(), "features/" + s.path() + ":" + s.line(),
                s.platform() == null ? null : platformFile(s.platform()), s.platform(), s.behaviour(),
                scenarioStatus(r), r != null, r == null ? null : r.message(), gherkin(s), s.language(),
                other == null ? null : gherkin(other), other == null ? null : other.language(),
                other == null ? null : scenarioFile(other), steps(s, r), checks, captures,
                s.outline() == null ? null : outlineFile(s.outline()),
                s.outline() == null ? 0 : rowsByOutline.get(s.outline()).size(), boxes);
    }

    // A scenario error's message taken apart (FailureText): the reader sees the comparison and each rule's passage
    // in their own places instead of one paragraph of three rules and addresses.
    private View.FailureBox errorBox(String status, String message, String step) {
        io.scopekit.report.FailureText t = io.scopekit.report.FailureText.parse(red(message));
        List<View.Fired> rules = new ArrayList<>();
        for (io.scopekit.report.FailureText.Rule rule : t.rules()) {
            String anchor = ruleAnchor.get(rule.name());
            rules.add(new View.Fired(anchor == null ? null : "rules.html#" + anchor, rule.name(),
                    seedSource(rule.source(), rule.section(), rule.passage())));
        }
        String title = "Scenario error (" + status + ")" + (step != null && step.startsWith("Given ")
                || step != null && step.startsWith("假如") ? ": set-up failed" : "");
        return new View.FailureBox(title, step, t.aspect(), t.expected(), t.observed(),
                t.aspect() == null ? t.summary() : t.context(), rules);
    }

    // Of an examples row, the block ends with that row: it is marked, so the page says which row it is about.
    private static View.Gherkin gherkin(FeatureScenario s) {
        String block = s.block();
        if (s.outline() == null || block == null || !block.contains("\n")) {
            return new View.Gherkin(block, null);
        }
        int nl = block.lastIndexOf('\n');
        return new View.Gherkin(block.substring(0, nl), block.substring(nl + 1));
    }

    // The steps as they ran: passed, failed, or skipped after a failure; without a run, the steps as written.
    private static List<View.Step> steps(FeatureScenario s, ScenarioResult r) {
        if (r == null || r.stepRuns().isEmpty()) {
            return s.steps().stream().map(t -> new View.Step(t, null, null)).toList();
        }
        List<View.Step> out = new ArrayList<>();
        for (ScenarioResult.StepRun run : r.stepRuns()) {
            String status = run.status();
            // Cucumber skips the steps after a failed one: they were not run, which is not a failure of theirs.
            View.Status shown = "skipped".equals(status) ? new View.Status("not-run", "○", "skipped after a failure")
                    : View.Status.of(status);
            out.add(new View.Step(run.text(), shown,
                    run.message() == null ? null : io.scopekit.report.FailureText.parse(red(run.message())).summary()));
        }
        return out;
    }

    // ---- outline pages: the whole table once, each row linking to its own page

    private View.Outline outline(FeatureCatalog.Outline o) {
        List<FeatureScenario> rows = rowsByOutline.getOrDefault(o.key(), List.of());
        FeatureScenario first = rows.isEmpty() ? null : rows.get(0);
        String platform = first == null ? null : first.platform();
        return new View.Outline(o.name(), o.featureName(), first == null ? null : first.requirement(),
                "features/" + o.path() + ":" + o.line(), platform == null ? null : platformFile(platform), platform,
                o.block(), o.language(), rows.size(), rows.stream().map(this::ref).toList());
    }

    // The English and Chinese files of one feature carry the same requirement, the Chinese one suffixed -ZH.
    private FeatureScenario counterpart(FeatureScenario s) {
        if (s.requirement() == null) {
            return null;
        }
        String wanted = s.requirement().endsWith("-ZH") ? s.requirement().substring(0, s.requirement().length() - 3)
                : s.requirement() + "-ZH";
        List<FeatureScenario> theirs = byRequirement.getOrDefault(wanted, List.of());
        if (theirs.isEmpty()) {
            return null;
        }
        // rows of one requirement are in file order, so the same row of the other language is at the same place
        int i = placeInRequirement.getOrDefault(s.key(), -1);
        return i >= 0 && i < theirs.size() ? theirs.get(i) : theirs.get(0);
    }

    private List<View.Fired> fired(List<CheckRecord.Rule> fired) {
        List<View.Fired> out = new ArrayList<>();
        for (CheckRecord.Rule r : fired) {
            String anchor = ruleAnchor.get(r.name());
            out.add(new View.Fired(anchor == null ? null : "rules.html#" + anchor, r.name(),
                    seedSource(r.seed(), r.section(), r.passage())));
        }
        return out;
    }

    // ---- failures

    private View.Failures failures() {
        if (!hasRun) {
            return new View.Failures(false, 0, List.of(), List.of());
        }
        Map<String, List<Finding>> groups = new TreeMap<>();
        List<Finding> all = new ArrayList<>(summary.failures());
        all.addAll(summary.waived());
        for (Finding f : all) {
            String key = f.rules().isEmpty() ? "(no rule)"
                    : f.rules().stream().map(r -> r.name() + "\u0000" + r.passage()).collect(Collectors.joining("\u0001"));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<View.FailureGroup> views = new ArrayList<>();
        int n = 0;
        for (List<Finding> g : groups.values()) {
            Finding first = g.get(0);
            String title = first.rules().isEmpty() ? "No rule recorded"
                    : first.rules().stream().map(CheckRecord.Rule::name).collect(Collectors.joining(" + "));
            List<View.FailureRow> rows = g.stream().map(this::failureRow).toList();
            views.add(new View.FailureGroup("group-" + (++n), title, fired(first.rules()), g.size(), rows));
        }
        List<View.ErrorRow> errors = summary.errors().stream().map(e -> new View.ErrorRow(e.scenario(),
                scenarioHref(e.uri(), e.line()), e.platform(), e.status(), red(e.message()),
                errorBox(e.status(), e.message(), e.step()))).toList();
        return new View.Failures(true, all.size(), views, errors);
    }

    private View.FailureRow failureRow(Finding f) {
        Optional<Spec> spec = in.specs().spec(f.platform());
        String platformHref = spec.isPresent() ? platformFile(f.platform()) : null;
        boolean knownScope = spec.isPresent() && f.scope() != null && scopeIds(spec.get()).contains(f.scope());
        return new View.FailureRow(f.requirement(), f.platform() + (f.container() == null ? "" : "/" + f.container()),
                platformHref, f.scope(), knownScope ? platformHref + "#" + scopeAnchor(f.scope()) : null,
                f.aspect(), f.expected(), red(f.observed()), f.scenario(), scenarioHref(f.uri(), f.line()),
                f.waiver() == null ? null : "waived (waivers line " + f.waiver().line() + "): " + f.waiver().reason());
    }

    private String scenarioHref(String uri, int line) {
        FeatureScenario s = scenarioByKey.get(featurePath(uri) + ":" + line);
        return s == null ? null : scenarioFile(s);
    }

    // ---- matrix

    private View.Matrix matrix() {
        if (!hasRun) {
            return new View.Matrix(false, List.of());
        }
        // Client platforms and ports share their behaviours; the open platform has its own: one table each, so no
        // row is a run of cells that could never be filled.
        Map<Boolean, TreeSet<String>> behaviours = new TreeMap<>();
        Map<Boolean, Map<String, Map<String, ConformanceSummary.Counts>>> rows = new TreeMap<>();
        Map<String, Integer> errors = new HashMap<>();
        for (ConformanceSummary.Cell c : summary.matrix()) {
            boolean open = isOpenPlatform(c.platform());
            behaviours.computeIfAbsent(open, k -> new TreeSet<>()).add(c.behaviour());
            rows.computeIfAbsent(open, k -> new TreeMap<>()).computeIfAbsent(c.platform(), k -> new TreeMap<>())
                    .merge(c.behaviour(), c.checks(), SiteWriter::plus);
            errors.merge(c.platform() + "\u0000" + c.behaviour(), c.errors(), Integer::sum);
        }
        List<View.MatrixGroup> groups = new ArrayList<>();
        for (boolean open : List.of(false, true)) {
            if (!rows.containsKey(open)) {
                continue;
            }
            List<String> columns = List.copyOf(behaviours.get(open));
            List<View.MatrixRow> out = new ArrayList<>();
            rows.get(open).forEach((platform, byBehaviour) -> {
                String id = platformId(platform);
                String href = in.specs().spec(id).isPresent() ? platformFile(id) : null;
                List<View.MatrixCell> cells = new ArrayList<>();
                for (String b : columns) {
                    ConformanceSummary.Counts c = byBehaviour.get(b);
                    if (c == null) {
                        long written = scenarios.stream().filter(s -> id.equals(s.platform()) && b.equals(s.behaviour()))
                                .count();
                        cells.add(new View.MatrixCell(false, null, 0, written == 0
                                ? platform + " · " + b + ": the kit has no scenario of this behaviour on this platform"
                                : platform + " · " + b + ": " + written + " scenarios in the kit, none run in this run",
                                null, written == 0 ? "—" : "not run"));
                        continue;
                    }
                    int errs = errors.getOrDefault(platform + "\u0000" + b, 0);
                    String st = c.failed() > 0 || errs > 0 ? "failed" : c.waived() > 0 ? "waived"
                            : c.passed() > 0 ? "passed" : c.unsupported() > 0 ? "unsupported" : "unspecified";
                    int count = switch (st) {
                        case "failed" -> c.failed() + errs;
                        case "waived" -> c.waived();
                        case "passed" -> c.passed();
                        case "unsupported" -> c.unsupported();
                        default -> c.unspecified();
                    };
                    String title = platform + " · " + b + ": " + c.passed() + " passed, " + c.failed() + " failed, "
                            + c.waived() + " waived, " + c.unspecified() + " unspecified, " + c.unsupported()
                            + " unsupported checks; " + errs + (errs == 1 ? " scenario error" : " scenario errors");
                    cells.add(new View.MatrixCell(true, View.Status.of(st), count, title,
                            href == null ? null : href + "#behaviours", null));
                }
                out.add(new View.MatrixRow(platform, href, cells));
            });
            groups.add(new View.MatrixGroup(open ? "Open platform · 开放平台"
                    : "Client platforms and ports · 客户端平台与跨端框架", columns, out));
        }
        return new View.Matrix(true, groups);
    }

    private static String platformId(String platform) {
        return platform.contains("/") ? platform.substring(0, platform.indexOf('/')) : platform;
    }

    private boolean isOpenPlatform(String platform) {
        return in.specs().spec(platformId(platform)).map(sp -> sp instanceof PermissionModelSpec).orElse(false);
    }

    private static ConformanceSummary.Counts plus(ConformanceSummary.Counts a, ConformanceSummary.Counts b) {
        return new ConformanceSummary.Counts(a.passed() + b.passed(), a.failed() + b.failed(), a.waived() + b.waived(),
                a.unspecified() + b.unspecified(), a.unsupported() + b.unsupported());
    }

    // ---- rules and certificate

    private View.Rules ruleList() {
        List<View.Rule> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (RuleEntry r : rules) {
            String anchor = ruleAnchor.get(r.name());
            if (!seen.add(anchor)) {
                continue;
            }
            out.add(new View.Rule(anchor, r.name(), "rules/" + r.file(), seedSource(r.seed(), r.section(), r.passage()),
                    r.decides()));
            if (r.passage() != null) {
                search.add(new SearchEntry("passage", r.passage() + " " + r.name(), r.passage(), "rules.html#" + anchor));
            }
        }
        return new View.Rules(out);
    }

    private View.Certificate certificate(List<View.Card> cards) {
        if (!hasRun) {
            return new View.Certificate(false, null, null, null, null, null, null, null, List.of(), cards, List.of(),
                    null, 0, null, null);
        }
        var c = summary.certificate();
        // Only the platforms the run judged: a certificate names what it certifies, not every platform the kit knows.
        List<View.Card> judged = cards.stream().filter(View.Card::hasRun).toList();
        return new View.Certificate(true, c.kitVersion(), c.target() == null ? null
                : c.target().name() + " " + c.target().version(), c.target() == null ? null : c.target().description(),
                c.readableDate(), c.date(), View.Status.ofVerdict(c.verdict()), summary.runId(),
                c.shards(), judged, c.files().stream().map(f -> new View.FileHash(f.kind(), f.path(), f.sha256())).toList(),
                c.overall() == null ? "not assessed" : c.overall().describe(), summary.errors().size(),
                c.sensitivity() == null ? null : c.sensitivity().describe(), c.judgedPlatforms());
    }

    // ---- helpers

    private View.Source source(Spec spec, io.scopekit.spec.Source s) {
        Document d = spec.document(s.doc()).orElse(null);
        if (d == null) {
            return new View.Source(s.doc(), null, null, s.section().orElse(null), s.passage(), null);
        }
        return new View.Source(d.title(), d.seed().orElse(null), d.url().orElse(null), s.section().orElse(null),
                s.passage(), d.updated().orElse(null));
    }

    // A rule cites a seed file or a public address; the specs' documents give the title (and address) of both.
    private View.Source seedSource(String seed, String section, String passage) {
        Document d = seed == null ? null : documentBySeed.get(seed);
        boolean isUrl = seed != null && (seed.startsWith("https://") || seed.startsWith("http://"));
        if (d != null) {
            return new View.Source(d.title(), d.seed().orElse(isUrl ? null : seed), d.url().orElse(isUrl ? seed : null),
                    section, passage, d.updated().orElse(null));
        }
        return new View.Source(isUrl ? seed : seed == null ? "unknown source" : "seed " + seed, isUrl ? null : seed,
                isUrl ? seed : null, section, passage, null);
    }

    private static String consent(io.scopekit.spec.ScopeConsent c) {
        return "consent: " + c.mode().id();
    }

    private static List<String> scopeIds(Spec spec) {
        if (spec instanceof ClientPlatformSpec c) {
            return c.scopes().stream().map(ScopeSpec::id).toList();
        }
        if (spec instanceof PortMatrixSpec p) {
            return p.scopes().stream().map(PortScope::id).toList();
        }
        if (spec instanceof PermissionModelSpec m) {
            return m.permissions().stream().map(io.scopekit.spec.Permission::id).toList();
        }
        return List.of();
    }

    /** Decided behaviour keys, and those whose source is a public page of the platform (a url, not a seed). */
    private static View.@org.jspecify.annotations.Nullable Decided decided(Spec spec) {
        List<BehaviourParam> params = behaviourParams(spec);
        if (params.isEmpty()) {
            return null;
        }
        List<BehaviourParam> decided = params.stream().filter(b -> !b.isUnspecified()).toList();
        int own = (int) decided.stream().filter(b -> b.source()
                .flatMap(src -> spec.document(src.doc()))
                .map(d -> d.url().isPresent() && d.seed().isEmpty()).orElse(false)).count();
        return new View.Decided(decided.size(), own, params.size());
    }

    private static List<BehaviourParam> behaviourParams(Spec spec) {
        if (spec instanceof ClientPlatformSpec c) {
            return List.copyOf(c.behaviour().params().values());
        }
        if (spec instanceof PortMatrixSpec p) {
            return List.copyOf(p.behaviour().params().values());
        }
        return List.of();
    }

    private static String chineseName(Spec spec) {
        if (spec instanceof ClientPlatformSpec c) {
            return c.phrases().stream().filter(SiteWriter::hasHan).findFirst().orElse(null);
        }
        return null;
    }

    private static boolean hasHan(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String kind(Spec spec) {
        return switch (spec.kind()) {
            case CLIENT_PLATFORM -> "client platform · 客户端平台";
            case PORT_MATRIX -> "port · 跨端框架";
            case PERMISSION_MODEL -> "open platform · 开放平台";
        };
    }

    private static View.Counts counts(ConformanceSummary.Counts c) {
        return new View.Counts(c.passed(), c.failed(), c.waived(), c.unspecified(), c.unsupported(), c.total());
    }

    static String featurePath(String uri) {
        if (uri == null) {
            return "";
        }
        int i = uri.lastIndexOf("features/");
        return i < 0 ? uri : uri.substring(i + "features/".length());
    }

    private static String platformFile(String id) {
        return "platform-" + slug(id) + ".html";
    }

    private static String scenarioFile(FeatureScenario s) {
        return scenarioFile(s.path(), s.line());
    }

    static String scenarioFile(String featurePath, int line) {
        return "scenario-" + slug(featurePath.replaceFirst("\\.feature$", "")) + "-" + line + ".html";
    }

    private static String outlineFile(FeatureCatalog.Outline o) {
        return outlineFile(o.key());
    }

    private static String outlineFile(String outlineKey) {
        int colon = outlineKey.lastIndexOf(':');
        return "outline-" + slug(outlineKey.substring(0, colon).replaceFirst("\\.feature$", "")) + "-"
                + outlineKey.substring(colon + 1) + ".html";
    }

    private static String scopeAnchor(String id) {
        return "scope-" + slug(id);
    }

    static String slug(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(Character.isLetterOrDigit(ch) && ch < 128 ? Character.toLowerCase(ch) : '-');
        }
        String out = b.toString().replaceAll("-+", "-").replaceAll("^-|-$", "");
        return out.isEmpty() ? Integer.toHexString(s.hashCode()) : out + (out.length() == s.length() ? ""
                : "-" + Integer.toHexString(s.hashCode()));
    }

    private static String kebab(String wire) {
        return wire.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    // Observed values and messages come from the target: tokens and secrets never reach a page.
    private static String red(String s) {
        return s == null ? null : io.scopekit.report.Redactor.redact(s);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private String searchIndexScript() {
        StringBuilder b = new StringBuilder("// Generated by scopekit docs: the client-side search index.\n")
                .append("window.SCOPEKIT_SEARCH = ");
        b.append(Templates.json(search));
        return b.append(";\n").toString();
    }

    private static long writeAtomically(Path file, String text) throws IOException {
        return writeAtomically(file, w -> w.write(text));
    }

    /** Writes what {@code body} writes into a temp file beside {@code file}, then renames it; returns its size. */
    private static long writeAtomically(Path file, PageBody body) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".scopekit-tmp-", ".part");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.writeTo(w);
            }
            long size = Files.size(temp);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @FunctionalInterface
    private interface PageBody {
        void writeTo(Writer w) throws IOException;
    }

    /** A behaviour's plain-language title ({@link BehaviourKey#title()}); its own name if it is no key. */
    private static String title(String behaviour) {
        for (BehaviourKey key : BehaviourKey.values()) {
            if (key.wireName().equals(behaviour)) {
                return key.title();
            }
        }
        return behaviour;
    }
}
