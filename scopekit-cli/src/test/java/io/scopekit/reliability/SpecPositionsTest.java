package io.scopekit.reliability;

import static org.assertj.core.api.BDDAssertions.catchThrowableOfType;
import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecException;
import io.scopekit.spec.SpecProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec problems the YAML layer finds are reported where they are, not at 1:1 or a line early. */
class SpecPositionsTest {

    @TempDir
    Path dir;

    @Test
    void should_report_a_tab_on_its_own_line() throws IOException {
        // GIVEN a spec whose fourth line is indented with a tab
        Files.writeString(dir.resolve("x.yaml"), "kind: client-platform\nid: x\nappKinds:\n\t- mini-program\n");

        // WHEN / THEN
        SpecProblem p = onlyProblem();
        then(p.line()).as(p.toString()).isEqualTo(4);
        then(p.message()).containsIgnoringCase("tab");
    }

    @Test
    void should_report_bad_utf8_at_its_line_and_column() throws IOException {
        // GIVEN a spec with an invalid UTF-8 sequence on line 3, after "name: ab"
        byte[] head = "kind: client-platform\nid: x\nname: ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 3];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        bytes[head.length + 2] = '\n';
        Files.write(dir.resolve("x.yaml"), bytes);

        // WHEN / THEN
        SpecProblem p = onlyProblem();
        then(p.line()).as(p.toString()).isEqualTo(3);
        then(p.column()).as(p.toString()).isEqualTo(9);
        then(p.message()).contains("UTF-8");
    }

    @Test
    void should_report_deep_nesting_where_it_happens() throws IOException {
        // GIVEN a spec nesting 2,000 flow sequences on its third line
        Files.writeString(dir.resolve("x.yaml"), "kind: client-platform\nid: x\nname: " + "[".repeat(2000)
                + "]".repeat(2000) + "\n");

        // WHEN / THEN
        SpecProblem p = onlyProblem();
        then(p.line()).as(p.toString()).isEqualTo(3);
        then(p.column()).as(p.toString()).isGreaterThan(1);
    }

    private SpecProblem onlyProblem() {
        SpecException e = catchThrowableOfType(SpecException.class, () -> SpecCatalog.load(dir));
        then(e).isNotNull();
        return e.problems().get(0);
    }
}
