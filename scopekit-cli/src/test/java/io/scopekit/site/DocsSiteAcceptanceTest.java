package io.scopekit.site;

import static org.assertj.core.api.BDDAssertions.then;

import io.scopekit.testsupport.VerifyRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code scopekit docs} over the kit's own content and over a failing fixture run, and reads the pages. */
class DocsSiteAcceptanceTest {

    @TempDir
    static Path root;

    private static Path kitSite;
    private static Path runSite;

    @BeforeAll
    static void writeSites() {
        // GIVEN the kit's content alone, and a fixture run with 3 failed checks (one a hostile errMsg, two secrets)
        VerifyRun docs = VerifyRun.run("docs", "--out", root.resolve("kit-site").toString());
        then(docs.exitCode()).as(docs.err()).isZero();
        then(docs.out()).startsWith("docs: ").contains("index.html");
        kitSite = root.resolve("kit-site");
        runSite = SiteFixture.failingRunSite(root.resolve("run"));
    }

    @Test
    void should_write_a_page_per_platform_and_scenario_when_no_run_is_given() throws IOException {
        // WHEN
        List<String> names = SiteFixture.pages(kitSite).stream().map(p -> p.getFileName().toString()).toList();

        // THEN
        then(names).contains("index.html", "matrix.html", "failures.html", "rules.html", "certificate.html",
                "platform-feishu-gadget.html", "platform-uni-authorize.html", "platform-feishu-openplatform.html");
        then(names.stream().filter(n -> n.startsWith("scenario-")).count()).isGreaterThan(700);
        then(Files.readString(kitSite.resolve("index.html"))).contains("No run given").contains("飞书小程序");
    }

    @Test
    void should_link_only_to_existing_pages_and_anchors_when_the_kit_site_is_written() throws IOException {
        then(SiteFixture.brokenLinks(kitSite)).isEmpty();
    }

    @Test
    void should_link_only_to_existing_pages_and_anchors_when_a_run_site_is_written() throws IOException {
        then(SiteFixture.brokenLinks(runSite)).isEmpty();
    }

    @Test
    void should_show_scopes_with_chinese_label_gate_and_quoted_passage_when_a_platform_page_is_written()
            throws IOException {
        // WHEN
        String page = Files.readString(kitSite.resolve("platform-feishu-gadget.html"));

        // THEN scope.userInfo: label, gate 5.2, the seed's passage and document title
        then(page).contains("id=\"scope-scope-userinfo\"").contains("用户信息").contains("from 5.2")
                .contains("需要授权给客户端 ✓（飞书 5.2及以上版本生效）").contains("API 权限")
                .contains("000_de03a4aa8ad1be62.txt").contains("§ 权限说明");
        // and a behaviour with its deciding rule
        then(page).contains("Calling an API of a scope the user granted").contains("rules.html#rule-granted-scope");
    }

    @Test
    void should_count_behaviours_decided_from_the_platforms_own_pages_when_the_index_cards_are_written()
            throws IOException {
        // WHEN
        String index = Files.readString(kitSite.resolve("index.html"));
        String minigame = index.substring(index.indexOf("id=\"card-bytedance-minigame\""));
        String alipay = index.substring(index.indexOf("id=\"card-alipay\""));

        // THEN the ByteDance mini-game decides 9 of 13 keys, all from Douyin's own pages; Alipay 2, from its own pages
        then(minigame.substring(0, minigame.indexOf("</section>"))).contains("9 of 13 behaviours")
                .contains("9 from the platform");
        then(alipay.substring(0, alipay.indexOf("</section>"))).contains("2 of 13 behaviours")
                .contains("2 from the platform");
        // and the platform page shows a decided behaviour with its quoted passage
        then(Files.readString(kitSite.resolve("platform-bytedance-minigame.html")))
                .contains("只有已经提示过用户授权的权限才会出现在授权设置页面内");
        // and the Kuaishou mini-game decides 5 of 13 keys from its 权限 guide, showing the passage of a refused call
        String kuaishouMinigame = index.substring(index.indexOf("id=\"card-kuaishou-minigame\""));
        then(kuaishouMinigame.substring(0, kuaishouMinigame.indexOf("</section>"))).contains("5 of 13 behaviours")
                .contains("5 from the platform");
        then(Files.readString(kitSite.resolve("platform-kuaishou-minigame.html")))
                .contains("如果用户已拒绝授权，则不会出现弹窗，而是直接回调 fail。");
    }

    @Test
    void should_write_the_singular_when_a_card_or_the_run_counts_one() throws IOException {
        // GIVEN the kit site (WeChat mini-program leaves one behaviour unspecified) and a run site of one check

        // WHEN their index pages are read
        String index = Files.readString(kitSite.resolve("index.html"));
        String wechat = index.substring(index.indexOf("id=\"card-wechat-miniprogram\""));
        String runIndex = Files.readString(runSite.resolve("index.html"));

        // THEN one is written in the singular, never "1 behaviours" or "1 checks"
        then(wechat.substring(0, wechat.indexOf("</section>"))).contains("1 behaviour · 项行为");
        then(index).doesNotContain(">1 behaviours");
        then(runIndex).doesNotContain(" 1 checks").doesNotContain(" 1 scenarios").doesNotContain(" 1 steps");
    }

    @Test
    void should_show_english_and_chinese_gherkin_when_both_files_exist() throws IOException {
        // GIVEN the first examples row of FG-GRANTED-CALL
        Path page = kitSite.resolve("scenario-feishu-gadget-api-calls-18.html");

        // WHEN
        String html = Files.readString(page);

        // THEN
        then(html).contains("Scenario Outline: A granted scope lets every one of its APIs proceed")
                .contains("场景大纲: 已授权的 scope 下每个接口都直接执行");
    }

    @Test
    void should_render_target_text_as_text_on_every_page_when_a_run_reports_a_script_payload() throws IOException {
        // WHEN / THEN no page carries the payload as markup, and the scenario and failure pages show it escaped
        for (Path page : SiteFixture.pages(runSite)) {
            then(Files.readString(page)).as(page.toString()).doesNotContain(SiteFixture.PAYLOAD);
        }
        then(Files.readString(runSite.resolve("failures.html")))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void should_redact_secrets_on_every_page_when_a_target_reports_them() throws IOException {
        for (Path page : SiteFixture.pages(runSite)) {
            then(Files.readString(page)).as(page.toString()).doesNotContain("4b1e2f9c7d");
        }
    }

    @Test
    void should_group_failures_by_rule_and_link_each_row_to_its_scenario_when_the_run_failed() throws IOException {
        // WHEN
        String failures = Files.readString(runSite.resolve("failures.html"));
        Matcher links = Pattern.compile("class=\"scenario-link\" href=\"([^\"]+)\"").matcher(failures);

        // THEN three failed checks, each row reaching an existing scenario page
        then(failures).contains("3 failed checks");
        int rows = 0;
        while (links.find()) {
            rows++;
            then(runSite.resolve(links.group(1))).exists();
        }
        then(rows).isEqualTo(3);
    }

    @Test
    void should_exit_2_when_the_report_directory_is_not_a_report() {
        // WHEN
        VerifyRun docs = VerifyRun.run("docs", "--report", root.resolve("nothing-here").toString(), "--out",
                root.resolve("x").toString());

        // THEN
        then(docs.exitCode()).isEqualTo(2);
        then(docs.err()).contains("nothing-here").contains("not a report directory");
    }
}
