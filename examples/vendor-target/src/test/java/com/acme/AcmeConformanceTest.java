package com.acme;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Certifies {@link AcmeTarget} on WeChat mini-games from this project's own build: {@code mvn verify} runs the kit's
 * scenarios for that platform and writes the redacted reports, the summary and the certificate to
 * {@code target/scopekit/}. docs/vendor-build.md shows this class (DocExamplesTest keeps the two equal).
 */
// doc-example:begin
@Suite
@IncludeEngines("cucumber")
@SelectPackages("scopekit.features")                       // every platform; same as classpath "scopekit/features"
@ConfigurationParameter(key = "cucumber.glue", value = "io.scopekit.steps")
@ConfigurationParameter(key = "scopekit.target", value = "class:com.acme.AcmeTarget")
@IncludeTags("platform-wechat-minigame")                   // JUnit tag expression: Cucumber tags without '@'
@ConfigurationParameter(key = "cucumber.plugin", value = "io.scopekit.report.ScopekitReportPlugin:target/scopekit")
class AcmeConformanceTest {}
// doc-example:end
