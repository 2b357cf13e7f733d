package io.scopekit.steps.internal;

import static org.assertj.core.api.BDDAssertions.then;

import org.junit.jupiter.api.Test;

class RegionTolerantFeatureParserTest {

    @Test
    void should_run_chinese_pickles_under_english_when_both_write_numbers_alike() {
        // GIVEN the dialects of the kit's features: English and Chinese write 1,234.5 the same way

        // WHEN the runtime language of each is taken
        // THEN both get English's, so a runner thread keeps one glue across them
        then(RegionTolerantFeatureParser.runtimeLanguage("zh-CN")).isEqualTo("en");
        then(RegionTolerantFeatureParser.runtimeLanguage("zh-TW")).isEqualTo("en");
        then(RegionTolerantFeatureParser.runtimeLanguage("en")).isEqualTo("en");
    }

    @Test
    void should_keep_the_language_when_it_writes_numbers_otherwise() {
        // GIVEN dialects whose decimal separator or digits differ from English (German 1.234,5; Arabic digits)

        // WHEN the runtime language of each is taken
        // THEN each keeps its own, without its region, so {float} parses as that language writes it
        then(RegionTolerantFeatureParser.runtimeLanguage("de")).isEqualTo("de");
        then(RegionTolerantFeatureParser.runtimeLanguage("fr-CA")).isEqualTo("fr");
        then(RegionTolerantFeatureParser.runtimeLanguage("ar")).isEqualTo("ar");
    }

    @Test
    void should_keep_emoji_when_cucumber_names_its_snippet_keywords_by_it() {
        // GIVEN the emoji dialect, whose numbers are English's but whose snippets Cucumber names by symbol names

        // WHEN its runtime language is taken
        // THEN it stays "em"
        then(RegionTolerantFeatureParser.runtimeLanguage("em")).isEqualTo("em");
    }
}
