package io.scopekit.simulator;

import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Test support: the shipped model, and a bounded HTTP client speaking JSON to a running simulator. */
final class SimHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static PermissionModelSpec model;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    SimHttp(URI base) {
        this.base = base;
    }

    static synchronized PermissionModelSpec model() {
        if (model == null) {
            model = SpecCatalog.load(Path.of("platform-specs")).spec("feishu-openplatform")
                    .map(PermissionModelSpec.class::cast).orElseThrow();
        }
        return model;
    }

    record Reply(int status, JsonNode body, String text) {}

    Reply get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), token);
    }

    Reply post(String path, String body, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json; charset=utf-8"), token);
    }

    private Reply send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> r = client.send(b.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), JSON.readTree(r.body()), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String tenantToken(String app, String secret) {
        return post("/open-apis/auth/v3/tenant_access_token/internal",
                "{\"app_id\":\"" + app + "\",\"app_secret\":\"" + secret + "\"}", null)
                .body().get("tenant_access_token").stringValue();
    }

    String userToken(String app, String openId, String scopesJson, int expiresIn) {
        return post("/scopekit/test/user_access_token", "{\"app_id\":\"" + app + "\",\"open_id\":\"" + openId
                + "\",\"scopes\":" + scopesJson + ",\"expires_in\":" + expiresIn + "}", null)
                .body().get("data").get("access_token").stringValue();
    }
}
