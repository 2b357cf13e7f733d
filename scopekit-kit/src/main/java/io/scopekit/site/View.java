package io.scopekit.site;

import java.util.List;

/**
 * The values the page templates read. Every string here is plain text: the templates escape it (Mustache's
 * {@code {{...}}}); nothing is pre-rendered markup.
 */
final class View {
    private View() {}

    /** A status shown as icon plus word, so colour is never the only signal. */
    record Status(String css, String icon, String word) {
        static Status of(String status) {
            if (status == null) {
                return new Status("not-run", "○", "not run");
            }
            return switch (status) {
                case "passed", "pass" -> new Status("passed", "✔", status);
                case "failed", "fail" -> new Status("failed", "✘", status);
                case "waived" -> new Status("waived", "⚑", status);
                case "unspecified" -> new Status("unspecified", "?", status);
                case "unsupported" -> new Status("unsupported", "–", status);
                case "not-assessed" -> new Status("unspecified", "?", status);
                default -> new Status("failed", "✘", status);
            };
        }

        /**
         * The run's verdict as the site shows it: only a fully conformant run is green; a run conformant only where
         * assessed, or not assessed at all, is grey (never green), and a run that judged nothing is a failure.
         */
        static Status ofVerdict(String verdict) {
            if (verdict == null) {
                return new Status("not-run", "○", "no verdict");
            }
            return switch (verdict) {
                case "conformant" -> new Status("passed", "✔", "conformant");
                case "conformant-where-assessed" -> new Status("unspecified", "?", "conformant where assessed");
                case "not-assessed" -> new Status("unspecified", "?", "not assessed");
                case "not-judged" -> new Status("failed", "✘", "not judged");
                default -> new Status("failed", "✘", verdict);
            };
        }
    }

    /** A cited source: a document (seed file and/or public address) with its section and passage. */
    record Source(String title, String seed, String url, String section, String passage, String updated) {}

    record Counts(int passed, int failed, int waived, int unspecified, int unsupported, int total) {}

    record Page(String file, String title, String lang, String heading, boolean search, Object body) {}

    record Card(String href, String id, String nameEn, String nameZh, String kind, Status result, String score,
            int scenarios, Counts checks, boolean hasRun, List<String> unspecified, int unspecifiedCount,
            Decided decided, int errors) {
        boolean hasErrors() {
            return errors > 0;
        }

        /** "behaviour" or "behaviours" after {@link #unspecifiedCount}: a card never says "1 behaviours". */
        String unspecifiedNoun() {
            return unspecifiedCount == 1 ? "behaviour" : "behaviours";
        }
    }

    /**
     * Behaviour keys decided (not {@code unspecified}), and how many of them cite the platform's own pages (a public
     * page address, not a seed); {@code null} on a card whose spec has no behaviour block.
     */
    record Decided(int total, int fromOwnPages, int keys) {}

    record Scope(String anchor, String id, String label, String description, String status, String gate,
            List<String> apis, List<String> components, String consent, String support, Source source) {
        /** The status in words beside the machine value, or {@code null}. */
        String statusPlain() {
            return PlainValues.status(status);
        }
    }

    record RuleRef(String href, String name) {}

    record Behaviour(String anchor, String key, String plain, String value, boolean unspecified, List<String> extra,
            Source source, List<RuleRef> rules, List<ScenarioRef> scenarios, Status status) {
        /** The value in words beside the machine value, or {@code null}. */
        String valuePlain() {
            return PlainValues.behaviour(value);
        }
    }

    record ScenarioRef(String href, String name, String requirement, String language, Status status) {}

    record Observed(String value, int checks, String requirements) {}

    record Silent(String aspect, String where, String behaviour, int checks, String divergent, List<Observed> observed) {}

    record Permission(String anchor, String id, String name, String identities, String levels, Source source) {}

    record Platform(String id, String nameEn, String nameZh, String kind, Status result, boolean hasRun,
            List<Source> documents, List<Scope> scopes, List<Permission> permissions, List<Behaviour> behaviours,
            List<ScenarioRef> scenarios, List<Silent> silent) {
        boolean hasScopes() {
            return !scopes.isEmpty();
        }

        boolean hasPermissions() {
            return !permissions.isEmpty();
        }

        boolean hasSilent() {
            return !silent.isEmpty();
        }

        boolean hasBehaviours() {
            return !behaviours.isEmpty();
        }
    }

    record Check(int index, String aspect, String scope, String stated, String expected, String observed,
            Status status, String note, List<Fired> rules) {}

    record Fired(String href, String name, Source source) {}

    record Capture(String mediaType, String name, String text) {}

    /** One step of a scenario page, with how it ran ({@code null} status without a run). */
    record Step(String text, Status status, String message) {}

    /**
     * A Gherkin block split so the examples row a page is about can be marked: {@code row} is {@code null} for a
     * plain scenario.
     */
    record Gherkin(String head, String row) {}

    /**
     * One failure of a scenario as a reader checks it: which aspect, what the sources expect, what the target did,
     * and the rules and passages behind the expectation; {@code step} names where it happened.
     */
    record FailureBox(String title, String step, String aspect, String expected, String observed, String context,
            List<Fired> rules) {}

    record Scenario(String name, String requirement, String location, String platformHref, String platform,
            String behaviour, Status status, boolean hasRun, String message, Gherkin gherkin, String language,
            Gherkin otherGherkin, String otherLanguage, String otherHref, List<Step> steps, List<Check> checks,
            List<Capture> captures, String outlineHref, int outlineRows, List<FailureBox> failures) {
        boolean hasFailures() {
            return !failures.isEmpty();
        }

        boolean hasCaptures() {
            return !captures.isEmpty();
        }

        boolean hasChecks() {
            return !checks.isEmpty();
        }
    }

    /** A Scenario Outline's page: its Gherkin with every examples row, and a link to each row's own page. */
    record Outline(String name, String feature, String requirement, String location, String platformHref,
            String platform, String gherkin, String language, int count, List<ScenarioRef> rows) {}

    record FailureRow(String requirement, String platform, String platformHref, String scope, String scopeHref,
            String aspect, String expected, String observed, String scenario, String scenarioHref, String waiver) {}

    record FailureGroup(String anchor, String title, List<Fired> rules, int count, List<FailureRow> rows) {}

    record Failures(boolean hasRun, int total, List<FailureGroup> groups, List<ErrorRow> errors) {
        boolean none() {
            return hasRun && groups.isEmpty() && errors.isEmpty();
        }
    }

    record ErrorRow(String scenario, String scenarioHref, String platform, String status, String message,
            FailureBox box) {}

    record Rule(String anchor, String name, String file, Source source, List<String> decides) {}

    record Rules(List<Rule> rules) {}

    record MatrixCell(boolean present, Status status, int count, String title, String href, String blank) {}

    record MatrixRow(String platform, String href, List<MatrixCell> cells) {}

    /** One table of the matrix: the client platforms and ports, or the open platform (their behaviours differ). */
    record MatrixGroup(String title, List<String> behaviours, List<MatrixRow> rows) {}

    record Matrix(boolean hasRun, List<MatrixGroup> groups) {}

    record FileHash(String kind, String path, String sha256) {}

    record Certificate(boolean hasRun, String kitVersion, String target, String targetDescription, String date,
            String isoDate, Status verdict, String runId, List<String> shards, List<Card> platforms,
            List<FileHash> files, String score, int errors, String sensitivity, String judged) {}

    record Index(boolean hasRun, String runId, Status verdict, String totals, List<Card> cards) {}
}
