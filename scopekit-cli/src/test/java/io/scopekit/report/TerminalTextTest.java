package io.scopekit.report;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class TerminalTextTest {

    @Test
    void should_show_control_characters_as_escapes_when_target_text_carries_them() {
        // GIVEN a name with an escape sequence, a carriage return forging a verdict line, NUL, DEL and a C1 byte
        String name = "evil\u001b[2J\rconformant: 0 scenarios\u0000\u007f\u009b\nnext";

        // WHEN
        String safe = TerminalText.of(name);

        // THEN nothing in it can drive a terminal, and the reader sees what was sent
        then(safe).isEqualTo("evil\\u001b[2J\\rconformant: 0 scenarios\\u0000\\u007f\\u009b\\nnext");
        then(safe.chars().filter(c -> c < 0x20 || c >= 0x7f && c <= 0x9f)).isEmpty();
    }

    @Test
    void should_bound_the_length_when_target_text_is_megabytes_long() {
        // GIVEN a 5 MB name
        String name = "n".repeat(5 * 1024 * 1024);

        // WHEN
        String safe = TerminalText.of(name);

        // THEN it is cut to the documented length and marked as cut
        then(safe).hasSize(TerminalText.MAX_LENGTH + 1).endsWith(TerminalText.ELLIPSIS);
    }

    @Test
    void should_escape_bidi_overrides_when_text_would_read_reversed() {
        // GIVEN a right-to-left override and an isolate
        String name = "invoice\u202Egnp.exe \u2066x\u2069";

        // WHEN / THEN
        then(TerminalText.bidiVisible(name)).isEqualTo("invoice\\u202egnp.exe \\u2066x\\u2069");
        then(TerminalText.of(name)).isEqualTo("invoice\\u202egnp.exe \\u2066x\\u2069");
    }

    @Test
    void should_keep_line_breaks_but_escape_carriage_returns_when_printing_an_error_message() {
        // GIVEN a multi-line error that quotes a forged line and a secret
        String message = "target unreachable: token=abc123def\r\nconformant: forged\nsecond line";

        // WHEN
        String safe = TerminalText.message(message);

        // THEN
        then(safe).isEqualTo("target unreachable: token=[REDACTED]\\r\nconformant: forged\nsecond line");
    }

    @Test
    void should_leave_ordinary_text_unchanged_when_it_is_safe() {
        then(TerminalText.of("reference 1.4.0 (中文 ok)")).isEqualTo("reference 1.4.0 (中文 ok)");
    }
}
