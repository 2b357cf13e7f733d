package com.example;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.IncludeTags;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The smallest conformance suite (docs/vendor-build.md): the kit's Kuaishou scenarios against a target. */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("scopekit.features")
@ConfigurationParameter(key = "cucumber.glue", value = "io.scopekit.steps")
@ConfigurationParameter(key = "scopekit.target", value = "reference")     // your class:FQN here
@IncludeTags("platform-kuaishou")
@ConfigurationParameter(key = "cucumber.plugin", value = "io.scopekit.report.ScopekitReportPlugin:target/scopekit")
class ConformanceTest {}
