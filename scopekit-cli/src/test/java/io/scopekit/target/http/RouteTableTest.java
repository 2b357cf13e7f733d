package io.scopekit.target.http;

import static org.assertj.core.api.BDDAssertions.then;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The protocol's {@link Route} table, which the server and both clients use, and adapters/protocol/openapi.yaml, which
 * a vendor reads, describe the same operations path by path (issue 18, item 2).
 */
class RouteTableTest {

    private static final Path OPENAPI = Path.of("adapters/protocol/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private static JsonNode paths() {
        return YAMLMapper.builder().build().readTree(OPENAPI.toFile()).get("paths");
    }

    @Test
    void should_describe_every_route_in_openapi_with_its_method_operation_and_schemas_when_read_against_the_table() {
        // GIVEN the operations of openapi.yaml
        JsonNode paths = paths();
        List<String> problems = new ArrayList<>();

        // WHEN each route of the table is looked up there
        for (Route route : Route.values()) {
            JsonNode operation = paths.path(route.template()).path(route.method().toLowerCase(Locale.ROOT));
            if (operation.isMissingNode()) {
                problems.add(route + ": no " + route.method() + " " + route.template() + " in openapi.yaml");
                continue;
            }
            if (!route.operationId().equals(operation.path("operationId").asString())) {
                problems.add(route + ": operationId " + operation.path("operationId") + ", table says "
                        + route.operationId());
            }
            String answer = operation.path("responses").path("200").path("content").path("application/json")
                    .path("schema").path("$ref").asString();
            if (!answer.equals("schemas/" + route.answer() + ".schema.json")) {
                problems.add(route + ": answer schema " + answer + ", table says " + route.answer());
            }
            JsonNode request = operation.path("requestBody").path("content").path("application/json").path("schema")
                    .path("$ref");
            String expected = route.request() == null ? null : "schemas/" + route.request() + ".schema.json";
            if (!(request.isMissingNode() ? expected == null : request.asString().equals(expected))) {
                problems.add(route + ": request schema " + request + ", table says " + route.request());
            }
        }

        // THEN every route is there as the table says
        then(problems).isEmpty();
    }

    @Test
    void should_hold_every_openapi_operation_in_the_table_when_openapi_is_read_against_it() {
        // GIVEN every method and path of openapi.yaml
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths().properties()) {
            for (Map.Entry<String, JsonNode> member : path.getValue().properties()) {
                if (METHODS.contains(member.getKey())) {
                    documented.add(member.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }

        // WHEN the table's operations are listed alike
        Set<String> table = new TreeSet<>();
        for (Route route : Route.values()) {
            table.add(route.method() + " " + route.template());
        }

        // THEN the two lists are the same, and there is something to compare
        then(documented).isNotEmpty().isEqualTo(table);
    }

    @Test
    void should_match_its_own_paths_and_encode_parameters_when_a_client_builds_a_request() {
        // GIVEN the path a client builds for an app whose name needs escaping
        String path = Route.READ_APP.path("p1", "app one/ü");

        // WHEN the server splits it into segments and matches it
        List<String> segments = List.of(path.substring(1).split("/"));
        List<String> params = Route.READ_APP.match("GET", segments);

        // THEN the parameters come back in the template's order, still encoded, and no other route takes the path
        then(path).isEqualTo("/v1/platform/sessions/p1/apps/app%20one%2F%C3%BC");
        then(params).containsExactly("p1", "app%20one%2F%C3%BC");
        for (Route other : Route.values()) {
            if (other != Route.READ_APP) {
                then(other.match("GET", segments)).as(other.name()).isNull();
            }
        }
    }
}
