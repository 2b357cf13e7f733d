package io.scopekit.simulator;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.simulator.SimulatorAdmin.NewApp;
import io.scopekit.simulator.SimulatorAdmin.VersionForm;
import io.scopekit.simulator.SimulatorAdmin.VersionStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator's admin API is one typed interface (issue 18, item 2): the in-process implementation and the HTTP
 * client of the same routes answer the same steps with the same JSON and refuse alike.
 */
class SimulatorAdminTest {

    private final FeishuSimulator inProcess = FeishuSimulator.create(SimHttp.model(),
            SimulatorConfig.defaults(SimHttp.model()));
    private final FeishuSimulator overHttp = FeishuSimulator.create(SimHttp.model(),
            SimulatorConfig.defaults(SimHttp.model())).start(0);

    @AfterEach
    void stop() {
        overHttp.close();
    }

    /** A world built and an app taken through its console steps; each answer (or refusal) as text. */
    private static List<String> steps(SimulatorAdmin admin) {
        List<String> out = new ArrayList<>();
        List<Function<SimulatorAdmin, Object>> steps = List.of(
                a -> a.createTenant("globex", ""),
                a -> a.createUser("globex", "ou_gina", "", "Gina"),
                a -> a.createApp(new NewApp("cli_new", "s3cret", "custom", "globex", "ou_gina", List.of())),
                a -> a.importScopes("cli_new", "{\"scopes\":{\"tenant\":[\"drive:drive\"]}}"),
                a -> a.importScopes("cli_new", "{\"scopes\":{\"tenant\":[\"no:such:scope\"]}}"),
                a -> a.export("cli_new"),
                a -> a.createVersion("cli_new", new VersionForm("1.0.0", "first", "all staff", "list files")),
                a -> a.versionStep("cli_new", "1.0.0", VersionStep.SUBMIT, ""),
                a -> a.versionStep("cli_new", "1.0.0", VersionStep.APPROVE, "tenant-admin"),
                a -> a.versionStep("cli_new", "9.9.9", VersionStep.REJECT, ""),
                a -> a.setLevel("cli_new", "drive:drive", "sideways"),
                a -> a.setDataScope("cli_new", true),
                a -> a.switchTestVersion("nope", true),
                a -> a.app("cli_new"));
        for (Function<SimulatorAdmin, Object> step : steps) {
            try {
                out.add(String.valueOf(step.apply(admin)));
            } catch (SimulatorAdminException e) {
                out.add(e.status() + " " + e.code() + " " + e.msg() + " " + e.details());
            }
        }
        return out;
    }

    @Test
    void should_answer_every_step_alike_when_the_admin_is_reached_in_process_or_over_http() {
        // GIVEN two simulators with the same world, one reached in-process and one through its HTTP routes
        SimulatorAdmin direct = inProcess.admin();
        SimulatorAdmin http = new HttpSimulatorAdmin(new SimulatorHttp(overHttp.baseUrl()));

        // WHEN the same steps are taken on each
        List<String> a = steps(direct);
        List<String> b = steps(http);

        // THEN the answers and refusals are the same, the approved version enabled the permission, and the refusals
        // carry their status (409 none here; 400 bad input, 404 unknown version and app)
        then(b).isEqualTo(a);
        then(a.get(4)).startsWith("400 -1 该权限不存在或该应用无权申请该权限，请重新录入").contains("no:such:scope");
        then(a.get(9)).startsWith("404 -1 unknown version '9.9.9'");
        then(a.get(10)).startsWith("400 -1 unknown level 'sideways'");
        then(a.get(12)).startsWith("404 -1 unknown app 'nope'");
        then(a.get(13)).contains("\"permission\":\"drive:drive\",\"state\":\"enabled\"");
    }

    @Test
    void should_refuse_a_step_the_table_does_not_know_when_it_is_sent_over_http() {
        // GIVEN a running simulator
        SimulatorHttp http = new SimulatorHttp(overHttp.baseUrl());

        // WHEN a version step that is not one of the four is posted, and an operation on an unknown app
        SimulatorHttp.Reply step = http.send("POST", "/scopekit/admin/apps/cli_bare/versions/1.0.0/publish", null,
                null);
        SimulatorHttp.Reply unknownApp = http.send("POST", "/scopekit/admin/apps/nope/bogus", null, null);

        // THEN the version is named first (there is none), and the app before the operation
        then(step.status()).isEqualTo(404);
        then(step.msg()).startsWith("unknown version '1.0.0'");
        then(unknownApp.status()).isEqualTo(404);
        then(unknownApp.msg()).startsWith("unknown app 'nope'");
    }

    @Test
    void should_document_every_admin_route_when_docs_simulator_md_is_read() throws Exception {
        // GIVEN the admin API section of docs/simulator.md
        String docs = Files.readString(Path.of("docs/simulator.md"));

        // WHEN each route of the table is looked for, as "METHOD template"
        List<String> missing = new ArrayList<>();
        for (AdminRoute route : AdminRoute.values()) {
            if (!docs.contains("`" + route.method() + " " + route.template() + "`")) {
                missing.add(route.method() + " " + route.template());
            }
        }

        // THEN every one is documented
        then(missing).isEmpty();
    }

    @Test
    void should_name_the_route_when_a_client_fills_a_template_with_the_wrong_number_of_values() {
        // WHEN a path is built with a value missing
        IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                () -> AdminRoute.VERSION_STEP.path("cli_bare", "1.0.0"));

        // THEN the message names the template and the missing parameter
        then(e).hasMessageContaining("/scopekit/admin/apps/{app}/versions/{version}/{step}")
                .hasMessageContaining("{step}");
    }
}
