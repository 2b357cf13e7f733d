package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain words beside the specs' machine values on the platform pages (issue 21, item 4). */
class PlainValuesSiteTest {

    @Test
    void should_show_words_beside_machine_values_when_a_platform_page_is_written(@TempDir Path root)
            throws IOException {
        // WHEN the kit's site is written
        VerifyRun docs = VerifyRun.run("docs", "--out", root.resolve("site").toString());

        // THEN a behaviour value and a scope status each carry their words, the machine value kept
        then(docs.exitCode()).as(docs.err()).isZero();
        String page = Files.readString(root.resolve("site/platform-wechat-miniprogram.html"));
        then(page).contains("<code>proceed</code> — <span class=\"plain\">the call goes ahead without asking</span>")
                .contains("active <small class=\"plain\">(in use)</small>");
    }
}
