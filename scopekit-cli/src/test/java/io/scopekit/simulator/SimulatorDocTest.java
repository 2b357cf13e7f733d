package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Executes every example of docs/simulator.md: the built-in configuration, the configuration errors, each exchange. */
class SimulatorDocTest {

    private static final Path DOC = Path.of("docs/simulator.md");
    private static final Pattern PLACEHOLDER = Pattern.compile("^<([a-z_]+)>$");

    /** A fenced block: its language, first line number and text, and the line before it. */
    record Block(String lang, int line, String text, String before) {}

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(DOC);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```") && lines.get(i).length() > 3) {
                int end = i + 1;
                while (!lines.get(end).equals("```")) {
                    end++;
                }
                out.add(new Block(lines.get(i).substring(3), i + 1, String.join("\n", lines.subList(i + 1, end)),
                        i > 0 ? lines.get(i - 1) : ""));
                i = end;
            }
        }
        return out;
    }

    @Test
    void should_show_the_built_in_configuration_when_the_doc_quotes_it() throws IOException {
        // GIVEN the yaml block marked with the resource
        Block block = blocks().stream().filter(b -> b.before().contains("<!-- example: scopekit-simulator/src/main/resources")).findFirst()
                .orElseThrow();
        // WHEN / THEN it is the file, character for character
        then(block.text()).isEqualTo(Files.readString(
                Path.of("scopekit-simulator/src/main/resources/io/scopekit/simulator/default-config.yaml")).stripTrailing());
    }

    @Test
    void should_print_the_documented_problems_when_simulate_reads_the_bad_configuration(@TempDir Path dir)
            throws IOException {
        // GIVEN bad.yaml as the doc shows it
        List<Block> blocks = blocks();
        Block bad = blocks.stream().filter(b -> b.lang().equals("yaml") && b.text().contains("globex")).findFirst()
                .orElseThrow();
        Block expected = blocks.stream().filter(b -> b.lang().equals("text") && b.text().startsWith("scopekit simulate: "))
                .findFirst().orElseThrow();
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, bad.text() + "\n");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // WHEN simulate reads it
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "simulate", "feishu-openplatform",
                "--config", file.toString());
        // THEN exit 2 and exactly the documented problems
        then(code).isEqualTo(2);
        then(err.toString().replace(file.toString(), "bad.yaml").strip()).isEqualTo(expected.text());
    }

    @Test
    void should_answer_each_documented_exchange_as_shown() throws IOException {
        // GIVEN a fresh simulator with the built-in world, over HTTP
        List<Block> blocks = blocks();
        Map<String, String> vars = new HashMap<>();
        int exchanges = 0;
        try (FeishuSimulator simulator = FeishuSimulator.create(SimHttp.model(),
                SimulatorConfig.defaults(SimHttp.model())).start(0)) {
            SimHttp http = new SimHttp(simulator.baseUrl());
            for (int i = 0; i < blocks.size(); i++) {
                Block request = blocks.get(i);
                if (!request.lang().equals("http")) {
                    continue;
                }
                Block response = blocks.get(i + 1);
                then(response.lang()).as("docs/simulator.md:" + response.line() + " answers the request").isEqualTo("json");
                // WHEN the request is sent
                String[] parts = substitute(request.text(), vars).split("\n\n", 2);
                String[] head = parts[0].split("\n");
                String[] requestLine = head[0].split(" ", 2);
                String token = null;
                for (int h = 1; h < head.length; h++) {
                    if (head[h].startsWith("Authorization: Bearer ")) {
                        token = head[h].substring("Authorization: Bearer ".length());
                    }
                }
                SimHttp.Reply reply = requestLine[0].equals("GET") ? http.get(requestLine[1], token)
                        : http.post(requestLine[1], parts.length > 1 ? parts[1] : "", token);
                // THEN the answer is the documented JSON (placeholders match and capture any string)
                match(SimHttp.JSON.readTree(response.text()), reply.body(), vars, "docs/simulator.md:" + response.line());
                exchanges++;
            }
        }
        then(exchanges).isGreaterThanOrEqualTo(10);
    }

    private static String substitute(String text, Map<String, String> vars) {
        String out = text;
        for (Map.Entry<String, String> v : vars.entrySet()) {
            out = out.replace("<" + v.getKey() + ">", v.getValue());
        }
        return out;
    }

    private static void match(JsonNode expected, JsonNode actual, Map<String, String> vars, String where) {
        if (expected.isString()) {
            Matcher m = PLACEHOLDER.matcher(expected.stringValue());
            if (m.matches()) {
                then(actual.isString()).as(where + ": " + m.group(1) + " is a string").isTrue();
                vars.put(m.group(1), actual.stringValue());
                return;
            }
        }
        if (expected.isObject()) {
            then(actual.isObject()).as(where).isTrue();
            then(actual.propertyNames()).as(where + ": members").containsExactlyElementsOf(expected.propertyNames());
            for (String name : expected.propertyNames()) {
                match(expected.get(name), actual.get(name), vars, where + " ." + name);
            }
            return;
        }
        if (expected.isArray()) {
            then(actual.size()).as(where + ": length").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                match(expected.get(i), actual.get(i), vars, where + " [" + i + "]");
            }
            return;
        }
        then(actual).as(where).isEqualTo(expected);
    }
}
