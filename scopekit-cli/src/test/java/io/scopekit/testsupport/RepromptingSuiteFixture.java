package io.scopekit.testsupport;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * A suite naming a wrong target through its own {@code @ConfigurationParameter}; launched by a test only (its
 * name keeps Surefire from running it directly).
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("scopekit.features")
@ConfigurationParameter(key = "cucumber.glue", value = "io.scopekit.steps")
@ConfigurationParameter(key = "cucumber.filter.tags", value = "@req-WMG-DENIED-CALL")
@ConfigurationParameter(key = "scopekit.target", value = "class:io.scopekit.testsupport.RepromptAfterDenialTarget")
public class RepromptingSuiteFixture {
}
