package io.scopekit.report;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.function.UnaryOperator;
import org.owasp.encoder.Encode;

/**
 * The summary's Mustache templates ({@code io/scopekit/report/*.mustache}) with their escaping built into the engine:
 * every {@code {{value}}} is redacted and then encoded for its format (HTML, or a Markdown table cell), so no
 * template can forget it. A Markdown code span takes a {@link Code} value, encoded for a code span instead.
 */
final class ReportTemplates {

    /** A value shown in a Markdown code span (where HTML is inert but backticks and newlines would end it). */
    record Code(String text) {}

    // Marks a value already encoded for a code span; any other value carrying the mark loses it first.
    private static final char MARK = '\u0001';

    private final DefaultMustacheFactory factory;

    private ReportTemplates(UnaryOperator<String> encoder, UnaryOperator<String> codeEncoder) {
        factory = new DefaultMustacheFactory("io/scopekit/report/") {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value.indexOf(MARK) == 0 ? value.substring(1) : encoder.apply(value));
                } catch (IOException e) {
                    throw new MustacheException("cannot write the report", e);
                }
            }
        };
        factory.setObjectHandler(new ReflectionObjectHandler() {
            @Override
            public String stringify(Object object) {
                if (object instanceof Code c) {
                    return MARK + codeEncoder.apply(c.text() == null ? "—" : c.text());
                }
                return String.valueOf(object).replace(MARK, '\uFFFD');
            }
        });
    }

    /** Templates for HTML: redaction, then OWASP HTML encoding (safe in text and quoted attributes). */
    static ReportTemplates html() {
        UnaryOperator<String> html = s -> Encode.forHtml(TerminalText.bidiVisible(Redactor.redact(s)));
        return new ReportTemplates(html, html);
    }

    /** Templates for GitHub-flavoured Markdown: table-cell encoding, or code-span encoding for {@link Code}. */
    static ReportTemplates markdown() {
        return new ReportTemplates(MarkdownSummaryWriter::cell, MarkdownSummaryWriter::code);
    }

    String render(String template, Object scope) {
        Mustache m = factory.compile(template);
        StringWriter out = new StringWriter(16384);
        m.execute(out, scope);
        return out.toString();
    }
}
