package io.scopekit.site;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import io.scopekit.report.TerminalText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The site's Mustache templates ({@code io/scopekit/site/*.mustache}): every {@code {{value}}} is HTML-escaped by the
 * engine, and no template uses the unescaped {@code {{{value}}}} form, so text from a target stays text.
 */
final class Templates {

    private static final String ROOT = "io/scopekit/site/";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    // Beside HTML escaping, bidi overrides in target text are shown as text ("\\u202e"), never obeyed.
    private final MustacheFactory factory = new DefaultMustacheFactory(ROOT) {
        @Override
        public void encode(String value, Writer writer) {
            super.encode(TerminalText.bidiVisible(value), writer);
        }
    };
    private final Map<String, Mustache> compiled = new HashMap<>();

    /** Renders straight into {@code out}, so a page is never held whole in memory. */
    void render(String name, Object scope, Writer out) throws IOException {
        Mustache m = compiled.computeIfAbsent(name, n -> factory.compile(n + ".mustache"));
        m.execute(out, scope);
        out.flush();
    }

    String asset(String name) {
        try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing site asset " + ROOT + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The search index is a script file; "<" is escaped so no sequence in it can end a script element if inlined.
    static String json(Object value) {
        String json = JSON.writeValueAsString(value).replace("<", "\\u003c");
        // a bidi control becomes the JSON escape of a backslash and "u202e": the page shows that text, not the control
        StringBuilder sb = new StringBuilder(json.length());
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (TerminalText.isBidi(c)) {
                sb.append(String.format(java.util.Locale.ROOT, "\\\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
