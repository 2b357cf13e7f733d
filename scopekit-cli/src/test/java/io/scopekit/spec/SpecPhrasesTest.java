package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.testsupport.SpecFixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How scenarios name client platforms: the {@code phrases} of the shipped specs and the catalog's lookups. */
class SpecPhrasesTest {

    private static final SpecCatalog SHIPPED = SpecCatalog.load(Path.of("platform-specs"));

    @Test
    void should_list_the_phrases_of_every_shipped_platform_in_load_order() {
        // WHEN
        List<String> phrases = SHIPPED.phrases();
        // THEN every platform's English and Chinese phrases, platforms by file name (the Chinese twins of the
        // Alipay, Baidu, ByteDance and Kuaishou (mini-program and mini-game) features name them as those platforms' own pages do)
        then(phrases).containsExactly("Alipay mini-program", "支付宝小程序", "Baidu mini-program", "百度小程序",
                "ByteDance mini-game", "抖音小游戏", "ByteDance mini-program", "抖音小程序", "Feishu gadget", "飞书小程序",
                "Kuaishou mini-game", "快手小游戏", "Kuaishou mini-program", "快手小程序",
                "WeChat mini-game", "WeChat mini-program");
    }

    @Test
    void should_find_the_platform_when_a_phrase_differs_in_case_and_blanks() {
        then(SHIPPED.platformForPhrase("  wechat MINI-game ")).map(Spec::id).contains("wechat-minigame");
        then(SHIPPED.platformForPhrase("WeChat mini-program")).map(Spec::id).contains("wechat-miniprogram");
        then(SHIPPED.platformForPhrase("飞书小程序")).map(Spec::id).contains("feishu-gadget");
        then(SHIPPED.platformForPhrase("feishu gadget")).map(Spec::id).contains("feishu-gadget");
        then(SHIPPED.platformForPhrase("抖音小程序")).map(Spec::id).contains("bytedance");
    }

    @Test
    void should_find_nothing_when_no_platform_lists_the_phrase() {
        then(SHIPPED.platformForPhrase("Feishu")).isEmpty();
        then(SHIPPED.platformForPhrase("@uni/authorize")).as("a port has no phrases").isEmpty();
        then(SHIPPED.platformForPhrase("")).isEmpty();
    }

    @Test
    void should_give_no_phrases_when_a_platform_file_lists_none() {
        // GIVEN the test fixtures, which have no phrases key
        SpecCatalog fixtures = SpecCatalog.load(SpecFixtures.validDir());
        // WHEN / THEN
        then(fixtures.platform("feishu-gadget").orElseThrow().phrases()).isEmpty();
        then(fixtures.phrases()).isEmpty();
        then(fixtures.platformForPhrase("Feishu gadget")).isEmpty();
    }

    @Test
    void should_refuse_a_catalog_where_two_platforms_share_a_phrase() {
        // GIVEN two platforms built by hand, bypassing the loader's cross-check
        ClientPlatformSpec gadget = SHIPPED.platform("feishu-gadget").orElseThrow();
        ClientPlatformSpec alipay = SHIPPED.platform("alipay").orElseThrow();
        ClientPlatformSpec clash = new ClientPlatformSpec(alipay.id(), alipay.name(), alipay.clientName(),
                List.of("FEISHU GADGET"), alipay.appKinds(), alipay.documents(), alipay.scopes(), alipay.behaviour(),
                alipay.origin());
        // WHEN / THEN
        thenThrownBy(() -> new SpecCatalog(List.of(gadget, clash)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("phrase 'FEISHU GADGET' names platforms 'feishu-gadget' and 'alipay'");
    }
}
