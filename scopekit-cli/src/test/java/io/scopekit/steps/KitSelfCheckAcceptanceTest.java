package io.scopekit.steps;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * Runs every scenario of the kit against the reference runtime. Passing proves that the scenarios, the oracle
 * and the reference runtime agree; any KIT DEFECT or conformance failure fails the build.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("scopekit.features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "io.scopekit.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "summary")
@ConfigurationParameter(key = "scopekit.target", value = "reference")
class KitSelfCheckAcceptanceTest {
}
