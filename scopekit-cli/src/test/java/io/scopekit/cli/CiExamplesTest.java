package io.scopekit.cli;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.explore.Explorer;
import io.scopekit.harness.FeatureRun;
import io.scopekit.harness.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PrimitiveIterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the example CI pipelines of docs/ci.md as a CI system would (YAML, matrix or {@code parallel} expanded,
 * variables substituted) and checks them against the kit's own selection: the verify shards they define cover every
 * scenario exactly once, the explore shards every sequence exactly once, and the merge step names every shard's
 * report, which the pipeline hands to the merge job.
 */
class CiExamplesTest {

    private static final Path EXAMPLES = Path.of("docs/examples/ci");
    private static final Pattern GITHUB_VARIABLE = Pattern.compile("\\$\\{\\{\\s*matrix\\.([\\w-]+)\\s*}}");
    private static final Pattern SHELL_VARIABLE = Pattern.compile("\\$\\{?(\\w+)}?");

    /** Unique ids of the scenarios each shard selects, per shard count; discovery is the slow part. */
    private static final Map<String, List<String>> SELECTED = new HashMap<>();

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void should_run_every_scenario_in_exactly_one_verify_shard_when_the_example_pipeline_runs(String file)
            throws IOException {
        // GIVEN the pipeline's verify commands, one per job instance
        Pipeline pipeline = Pipeline.read(EXAMPLES.resolve(file));
        List<Command> verify = pipeline.commands("verify");
        then(verify).as("verify jobs of " + file).hasSizeGreaterThan(1);
        int n = shardCount(verify);
        then(verify).as("every verify job runs the whole suite's selection, only the shard differs")
                .allSatisfy(c -> then(c.rest()).containsExactly("verify"));

        // WHEN the kit's own shard filter selects the shipped scenarios for each shard the pipeline names
        List<String> all = selected(null);
        List<String> union = new ArrayList<>();
        for (Command c : verify) {
            union.addAll(selected(Shard.parse(c.option("--shard"))));
        }

        // THEN every scenario is run by exactly one job
        then(all).as("the shipped scenarios").hasSizeGreaterThan(100);
        then(union).as("the scenarios of shards 1.." + n + " of " + file).hasSameSizeAs(all)
                .containsExactlyInAnyOrderElementsOf(all);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void should_run_every_sequence_in_exactly_one_explore_shard_when_the_example_pipeline_runs(String file)
            throws IOException {
        // GIVEN the pipeline's explore commands, one per job instance
        List<Command> explore = Pipeline.read(EXAMPLES.resolve(file)).commands("explore");
        then(explore).as("explore jobs of " + file).hasSizeGreaterThan(1);
        int n = shardCount(explore);
        then(explore.stream().map(Command::rest).distinct()).as("one seed and one --runs for every shard").hasSize(1);
        long seed = Long.parseLong(explore.get(0).option("--seed"));
        long runs = Long.parseLong(explore.get(0).option("--runs"));

        // WHEN the kit's own selection picks each shard's sequences
        int[] times = new int[Math.toIntExact(runs)];
        for (Command c : explore) {
            Shard shard = Shard.parse(c.option("--shard"));
            PrimitiveIterator.OfLong sequences = new Explorer.Options(List.of(), seed, runs, 10, shard.index, n, null)
                    .sequences();
            sequences.forEachRemaining((long i) -> times[Math.toIntExact(i)]++);
        }

        // THEN each of the --runs sequences runs exactly once
        then(IntStream.of(times).boxed().toList()).as("runs of each sequence").containsOnly(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github-actions.yml", "gitlab-ci.yml"})
    void should_merge_every_shard_report_once_when_the_example_pipeline_runs(String file) throws IOException {
        // GIVEN the pipeline's shard jobs and its merge commands
        Pipeline pipeline = Pipeline.read(EXAMPLES.resolve(file));
        List<String> merges = new ArrayList<>();

        for (String command : List.of("verify", "explore")) {
            List<Command> shards = pipeline.commands(command);
            List<String> reports = shards.stream().map(c -> c.option("--report")).toList();

            // WHEN the merge of that command's shards is found
            List<Command> merge = pipeline.commands("report").stream()
                    .filter(m -> m.dirs().stream().anyMatch(reports::contains)).toList();

            // THEN one merge names each shard's report directory exactly once and nothing else, into its own --out
            then(merge).as("merge of the " + command + " shards in " + file).hasSize(1);
            then(merge.get(0).args().subList(0, 2)).containsExactly("report", "merge");
            then(merge.get(0).dirs()).as("directories merged").containsExactlyInAnyOrderElementsOf(reports);
            then(merge.get(0).option("--out")).isNotIn(reports);
            merges.add(merge.get(0).job());
            // AND each shard's report reaches the merge job as an artifact of the job it needs
            for (Command c : shards) {
                then(pipeline.handsOver(c, merge.get(0).job())).as(c.job() + " hands " + c.option("--report")
                        + " to " + merge.get(0).job()).isTrue();
            }
        }
        then(pipeline.commands("report")).as("merge commands").hasSize(2);
    }

    private static int shardCount(List<Command> commands) {
        List<Shard> shards = commands.stream().map(c -> Shard.parse(c.option("--shard"))).toList();
        int n = shards.get(0).count;
        then(shards).as("one shard count").allSatisfy(s -> then(s.count).isEqualTo(n));
        then(shards.stream().map(s -> s.index).toList()).as("shards 1.." + n + ", each once")
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, n).boxed().toList());
        return n;
    }

    /** The scenarios of the shipped features that {@code shard} selects (all for null), as verify discovers them. */
    private static synchronized List<String> selected(Shard shard) {
        return SELECTED.computeIfAbsent(String.valueOf(shard), k -> {
            FeatureRun.Builder run = FeatureRun.with(new RunSettings("reference", null, null))
                    .featuresIn(Path.of("features"));
            if (shard != null) {
                run.filter(shard);
            }
            TestPlan plan = run.build().discover();
            List<String> ids = new ArrayList<>();
            plan.getRoots().forEach(root -> plan.getDescendants(root).stream().filter(TestIdentifier::isTest)
                    .forEach(t -> ids.add(t.getUniqueId())));
            return ids;
        });
    }

    /** One {@code ./scopekit} command line of one job instance, variables substituted. */
    private record Command(String job, Map<String, String> artifacts, List<String> args) {
        String option(String name) {
            int i = args.indexOf(name);
            then(i).as(name + " in " + args).isNotNegative();
            return args.get(i + 1);
        }

        /** The arguments without --shard and --report and their values. */
        List<String> rest() {
            List<String> rest = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).equals("--shard") || args.get(i).equals("--report")) {
                    i++;
                } else {
                    rest.add(args.get(i));
                }
            }
            return rest;
        }

        /** The directories a {@code report merge} names: its parameters, a run directory glob read as its root. */
        List<String> dirs() {
            List<String> dirs = new ArrayList<>();
            for (int i = 2; i < args.size(); i++) {
                if (args.get(i).startsWith("--")) {
                    i++;
                } else {
                    dirs.add(args.get(i).replaceAll("/\\*/?$", "").replaceAll("/$", ""));
                }
            }
            return dirs;
        }
    }

    /** A pipeline file: its jobs, each expanded into its instances. */
    private record Pipeline(boolean github, JsonNode jobs, List<Command> all) {

        static Pipeline read(Path file) throws IOException {
            JsonNode root = YAMLMapper.builder().build().readTree(Files.readString(file));
            boolean github = root.has("jobs");
            JsonNode jobs = github ? root.get("jobs") : root;
            List<Command> all = new ArrayList<>();
            for (Map.Entry<String, JsonNode> job : jobs.properties()) {
                JsonNode j = job.getValue();
                if (!j.isObject() || !(github ? j.has("steps") : j.has("script"))) {
                    continue;
                }
                for (Map<String, String> vars : instances(github, j)) {
                    List<String> lines = new ArrayList<>();
                    Map<String, String> artifacts = new LinkedHashMap<>();
                    if (github) {
                        for (JsonNode step : j.get("steps")) {
                            step.path("run").asString("").lines().forEach(lines::add);
                            if (step.path("uses").asString("").startsWith("actions/upload-artifact")) {
                                artifacts.put(substitute(true, step.path("with").path("name").asString(), vars),
                                        substitute(true, step.path("with").path("path").asString(), vars));
                            }
                        }
                    } else {
                        j.get("script").forEach(s -> lines.add(s.asString()));
                        j.path("artifacts").path("paths").forEach(p -> {
                            String path = substitute(false, p.asString(), vars).replaceAll("/$", "");
                            artifacts.put(path, path);
                        });
                    }
                    for (String line : lines) {
                        String text = substitute(github, line.trim(), vars);
                        if (text.startsWith("./scopekit ")) {
                            all.add(new Command(job.getKey(), artifacts,
                                    Arrays.asList(text.substring("./scopekit ".length()).trim().split("\\s+"))));
                        }
                    }
                }
            }
            return new Pipeline(github, jobs, all);
        }

        List<Command> commands(String first) {
            return all.stream().filter(c -> c.args().get(0).equals(first)).toList();
        }

        /** Tells whether the merge job gets {@code shard}'s report: an artifact of a job it needs, where it reads it. */
        boolean handsOver(Command shard, String mergeJob) {
            JsonNode needs = jobs.get(mergeJob).path("needs");
            List<String> needed = new ArrayList<>();
            needs.forEach(n -> needed.add(n.isObject() ? n.path("job").asString() : n.asString()));
            if (!needed.contains(shard.job())) {
                return false;
            }
            String report = shard.option("--report");
            if (!github) {
                return shard.artifacts().containsKey(report);
            }
            // download-artifact without a name puts every artifact in <path>/<its name>/
            String into = "";
            for (JsonNode step : jobs.get(mergeJob).get("steps")) {
                if (step.path("uses").asString("").startsWith("actions/download-artifact")
                        && !step.path("with").has("name")) {
                    into = step.path("with").path("path").asString();
                }
            }
            for (Map.Entry<String, String> a : shard.artifacts().entrySet()) {
                if (a.getValue().equals(report) && (into + "/" + a.getKey()).equals(report)) {
                    return true;
                }
            }
            return false;
        }

        private static List<Map<String, String>> instances(boolean github, JsonNode job) {
            List<Map<String, String>> out = new ArrayList<>();
            if (github) {
                JsonNode matrix = job.path("strategy").path("matrix");
                out.add(Map.of());
                for (Map.Entry<String, JsonNode> axis : matrix.properties()) {
                    List<Map<String, String>> next = new ArrayList<>();
                    for (Map<String, String> partial : out) {
                        for (JsonNode value : axis.getValue()) {
                            Map<String, String> vars = new HashMap<>(partial);
                            vars.put(axis.getKey(), value.asString());
                            next.add(vars);
                        }
                    }
                    out = next;
                }
                return out;
            }
            int parallel = job.path("parallel").asInt(1);
            for (int k = 1; k <= parallel; k++) {
                out.add(Map.of("CI_NODE_INDEX", String.valueOf(k), "CI_NODE_TOTAL", String.valueOf(parallel)));
            }
            return out;
        }

        private static String substitute(boolean github, String text, Map<String, String> vars) {
            Matcher m = (github ? GITHUB_VARIABLE : SHELL_VARIABLE).matcher(text);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String value = vars.get(m.group(1));
                m.appendReplacement(b, Matcher.quoteReplacement(value != null ? value : m.group()));
            }
            return m.appendTail(b).toString();
        }
    }
}
