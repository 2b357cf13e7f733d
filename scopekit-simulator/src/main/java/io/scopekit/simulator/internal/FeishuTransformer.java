package io.scopekit.simulator.internal;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.scopekit.simulator.SimRequest;
import io.scopekit.simulator.SimResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The WireMock extension point the simulator runs in: every request WireMock receives is turned into a
 * {@link SimRequest} and answered by the same {@link Platform#handle} that in-process callers use.
 */
public final class FeishuTransformer implements ResponseDefinitionTransformerV2 {

    /** The name the catch-all stub refers to. */
    public static final String NAME = "scopekit-feishu";

    private final Platform platform;

    /** Creates the transformer over a platform. */
    public FeishuTransformer(Platform platform) {
        this.platform = platform;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request r = serveEvent.getRequest();
        String url = r.getUrl();
        int q = url.indexOf('?');
        String path = q < 0 ? url : url.substring(0, q);
        Map<String, String> query = new HashMap<>();
        if (q >= 0) {
            for (String pair : url.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.putIfAbsent(k, v);
            }
        }
        Map<String, String> headers = new HashMap<>();
        for (HttpHeader h : r.getHeaders().all()) {
            headers.put(h.key(), h.firstValue());
        }
        SimResponse response = platform.handle(new SimRequest(r.getMethod().getName(), decode(path), query, headers,
                // the guard took only UTF-8 bodies, whatever charset the Content-Type names
                new String(r.getBody(), StandardCharsets.UTF_8)));
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(response.status())
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody(response.body())
                .build();
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
