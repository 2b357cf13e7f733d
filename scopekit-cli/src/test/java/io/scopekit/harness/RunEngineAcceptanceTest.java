package io.scopekit.harness;

import static org.assertj.core.api.BDDAssertions.then;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

/** Drives whole scenarios through the run engine, without Cucumber. */
class RunEngineAcceptanceTest {

    @Test
    void should_record_passing_checks_with_rules_when_reference_runtime_fails_a_denied_call_silently() {
        // GIVEN the scenario run through the engine alone
        // WHEN it runs against the reference runtime
        List<String> records = new WechatDeniedCallScenario().apply("reference");

        // THEN both checks passed, each filed under the requirement, scope and the rules behind the expectation
        then(records).hasSize(2);
        then(records.get(0)).startsWith("WX-DENIED-CALL wechat-miniprogram scope.record outcome passed fail rules=");
        then(records.get(1)).startsWith("WX-DENIED-CALL wechat-miniprogram scope.record prompts passed [] rules=");
        then(records).noneMatch(r -> r.endsWith("rules=0"));
    }

    @Test
    void should_record_the_failed_check_and_name_rule_and_passage_when_target_reprompts_after_denial() {
        // GIVEN a target that shows the consent prompt again after a denial
        // WHEN the same scenario runs against it
        List<String> records = new WechatDeniedCallScenario()
                .apply("class:io.scopekit.testsupport.RepromptAfterDenialTarget");

        // THEN the outcome check passed, the prompts check is recorded as failed with what was observed,
        // and the failure names the rule and its source passage
        then(records).hasSize(3);
        then(records.get(0)).contains("outcome passed");
        then(records.get(1)).contains("prompts failed [consent(scope.record)]");
        then(records.get(2)).contains("prompts: expected [] but observed [consent(scope.record)]")
                .contains("rule 'Denied scope: fail without a prompt'")
                .doesNotContain("KIT DEFECT");
    }

    @Test
    void should_run_a_scenario_when_no_cucumber_class_can_be_loaded() throws Exception {
        // GIVEN a class loader over the test class path that refuses every io.cucumber class
        try (URLClassLoader noCucumber = new NoCucumberClassLoader(classPath())) {
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(noCucumber);
            try {
                // WHEN the engine runs the scenario from inside it
                @SuppressWarnings("unchecked")
                Function<String, List<String>> scenario = (Function<String, List<String>>) noCucumber
                        .loadClass(WechatDeniedCallScenario.class.getName()).getDeclaredConstructor().newInstance();
                List<String> records = scenario.apply("reference");

                // THEN it ran to the end with the same checks, and Cucumber really was out of reach
                then(records).hasSize(2).allMatch(r -> r.contains(" passed "));
                then(scenario.getClass().getClassLoader()).isSameAs(noCucumber);
                org.assertj.core.api.BDDAssertions.thenThrownBy(() -> noCucumber.loadClass("io.cucumber.java.Scenario"))
                        .isInstanceOf(ClassNotFoundException.class);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }

    /** Loads classes from the given class path only (never from the test's own loader), hiding Cucumber. */
    private static final class NoCucumberClassLoader extends URLClassLoader {
        NoCucumberClassLoader(URL[] urls) {
            super("no-cucumber", urls, ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.cucumber.")) {
                throw new ClassNotFoundException(name + " (hidden: the run engine must not need Cucumber)");
            }
            return super.loadClass(name, resolve);
        }

        @Override
        public URL getResource(String name) {
            return name.contains("io/cucumber/") || name.contains("io.cucumber.") ? null : super.getResource(name);
        }
    }

    /** The test class path, expanding a manifest-only jar (as Surefire launches forked tests with). */
    private static URL[] classPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path path = Path.of(entry);
            urls.add(url(path));
            if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(path.toFile())) {
                    Manifest manifest = jar.getManifest();
                    String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
                    if (classPath != null) {
                        for (String ref : classPath.trim().split("\\s+")) {
                            urls.add(new URL(path.toUri().toURL(), ref));
                        }
                    }
                }
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static URL url(Path path) throws MalformedURLException {
        return path.toUri().toURL();
    }
}
