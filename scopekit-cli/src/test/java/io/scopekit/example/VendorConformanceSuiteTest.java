package io.scopekit.example;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Shows how a vendor's Maven project runs the kit against its own runtime (docs/vendor-build.md): copy this
 * class, point {@code scopekit.target} at your {@code Target} (or {@code TargetFactory}) and pick the tags.
 * Here the "vendor" target is {@link ExampleVendorTarget}, a stand-in that delegates to the reference runtime.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("scopekit.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.scopekit.steps")
@ConfigurationParameter(key = "scopekit.target", value = "class:io.scopekit.example.ExampleVendorTarget")
// JUnit tag expressions select at discovery, so scenarios of other platforms are not even listed (a Cucumber
// tag filter would report them as skipped). Cucumber tags appear to JUnit without the leading '@'.
@IncludeTags("platform-wechat-minigame | (platform-uni-authorize & behaviour-container-support)")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "io.scopekit.report.ScopekitReportPlugin:target/scopekit-vendor-example")
class VendorConformanceSuiteTest {
}
