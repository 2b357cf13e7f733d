package io.scopekit.domain;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import io.scopekit.harness.RunDomain;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.report.RunInfo.TargetInfo;
import io.scopekit.run.TargetProbe;
import io.scopekit.testsupport.bell.FrontDoorBell;
import io.scopekit.testsupport.CliRun;
import io.scopekit.testsupport.bell.BellDomain;
import io.scopekit.testsupport.bell.BellOracle;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's claim, held by a third domain: a domain is its own package set plus one registration, a line in
 * {@code META-INF/services/io.scopekit.harness.RunDomain}, and {@code explain} and {@code RunResources} serve it with
 * no edit to {@code harness}, {@code check}, {@code report} or {@code cli}. The door bell ({@code testsupport.bell})
 * is registered on a class path of this test's own (a directory holding that line, before the test class path), set
 * as the context class loader where the kit looks for domains; the rest of the suite never sees it.
 */
class ThirdDomainAcceptanceTest {

    @TempDir
    Path registration;

    @Test
    void should_answer_through_the_third_domain_when_explain_is_given_its_options() throws Exception {
        // GIVEN the door bell registered as the kit's domains are
        // WHEN explain is asked about it with its own options, as text and as JSON
        CliRun.Result text = withBell(() -> CliRun.scopekit("explain", "--platform", BellDomain.PLATFORM,
                "--action", "press", "--muted", "--room", "kitchen"));
        CliRun.Result json = withBell(() -> CliRun.scopekit("explain", "--platform", BellDomain.PLATFORM,
                "--action", "press", "--json"));

        // THEN the bell's explainer answers, reading its options by name (the room's default included)
        then(text.exitCode()).as(text.err()).isZero();
        then(text.out()).isEqualTo("Pressing the kitchen bell: silent\n");
        then(json.exitCode()).as(json.err()).isZero();
        then(json.out()).contains("\"platform\" : \"door-bell\"").contains("\"room\" : \"hall\"")
                .contains("\"bell\" : \"ring\"");
    }

    @Test
    void should_list_the_third_domain_s_options_in_explain_help_when_it_is_registered() throws Exception {
        // GIVEN the door bell registered / WHEN explain's help is printed
        CliRun.Result help = withBell(() -> CliRun.scopekit("explain", "--help"));

        // THEN its options are there as it describes them, and the other domains' answer to --action is unchanged
        then(help.exitCode()).isZero();
        then(help.out().replaceAll("\\s+", " ")).contains("--muted", "Door bell: the bell is muted.", "--room=ROOM")
                .contains("call-api, authorize, get-setting").contains("On a permission model:");
    }

    @Test
    void should_refuse_the_third_domain_s_options_when_it_is_not_registered() {
        // GIVEN the kit's class path alone / WHEN explain is given the bell's option
        CliRun.Result refused = CliRun.scopekit("explain", "--platform", BellDomain.PLATFORM, "--action", "press",
                "--muted");

        // THEN picocli rejects it as a usage error: the option comes from the registration and nowhere else
        then(refused.exitCode()).isEqualTo(2);
        then(refused.err()).contains("--muted");
    }

    @Test
    void should_build_the_third_domain_s_resource_through_run_resources_when_a_run_prepares() throws Exception {
        // GIVEN the door bell registered, and runs on the kit's own specs and rules
        withBell(() -> {
            int before = BellOracle.BUILDS.get();
            try (RunResources first = RunResources.open(RunSettings.defaults());
                    RunResources second = RunResources.open(RunSettings.defaults())) {
                // WHEN the first run prepares (building what each registered domain asks for) and both ask for it
                first.prepare();
                BellOracle prepared = first.get(BellDomain.ORACLE);
                BellOracle again = second.get(BellDomain.ORACLE);

                // THEN it was built from the run's catalog by the registration's prepare, once for this JVM
                then(prepared.specs()).isEqualTo(first.catalog().ids().size());
                then(again).isSameAs(prepared);
                then(BellOracle.BUILDS.get() - before).isLessThanOrEqualTo(1);
                then(first.get(BellDomain.ORACLE)).isSameAs(prepared);
            }
            return null;
        });
    }

    @Test
    void should_build_the_third_domain_s_resource_once_per_run_when_the_run_has_its_own_specs() {
        // GIVEN a run over a specs directory (the kit's own, read from the directory rather than the jar)
        Path specs = Path.of("platform-specs");
        try (RunResources own = RunResources.open(new RunSettings(null, specs, null));
                RunResources embedded = RunResources.open(RunSettings.defaults())) {
            // WHEN both ask for the bell oracle
            BellOracle ofOwn = own.get(BellDomain.ORACLE);

            // THEN the run with its own specs gets its own, kept for the run
            then(ofOwn).isNotSameAs(embedded.get(BellDomain.ORACLE)).isSameAs(own.get(BellDomain.ORACLE));
        }
    }

    @Test
    void should_put_the_third_domain_s_target_on_the_certificate_when_only_its_spi_knows_the_target() throws Exception {
        // GIVEN the door bell registered, and a --target that only the bell's SPI implements
        RunSettings settings = new RunSettings("class:" + FrontDoorBell.class.getName(), null, null);

        // WHEN the certificate's probe reads the run's target
        TargetInfo probed = withBell(() -> {
            try (RunResources resources = RunResources.open(settings)) {
                return TargetProbe.probe(resources);
            }
        });

        // THEN the bell's identity is read through the bell domain's own run target, after the kit's domains refused it
        then(probed.name()).isEqualTo("front-door-bell");
        then(probed.version()).isEqualTo("1.0");
        then(probed.platforms()).isNull();
    }

    @Test
    void should_refuse_the_third_domain_s_target_as_bad_input_when_it_is_not_registered() {
        // GIVEN the kit's class path alone, and the bell as --target
        RunSettings settings = new RunSettings("class:" + FrontDoorBell.class.getName(), null, null);

        // WHEN the probe reads it / THEN no registered domain's SPI knows it: bad input naming the first refusal
        try (RunResources resources = RunResources.open(settings)) {
            thenThrownBy(() -> TargetProbe.probe(resources)).isInstanceOf(TargetProbe.Failure.class)
                    .hasMessageContaining(FrontDoorBell.class.getName())
                    .satisfies(e -> then(((TargetProbe.Failure) e).unreachable()).isFalse());
        }
    }

    /** Runs {@code work} with the door bell registered for ServiceLoader, as a jar of its own would register it. */
    private <T> T withBell(Callable<T> work) throws Exception {
        Path services = Files.createDirectories(registration.resolve("classes/META-INF/services"));
        Files.writeString(services.resolve(RunDomain.class.getName()), BellDomain.class.getName() + "\n",
                StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader saved = thread.getContextClassLoader();
        try (URLClassLoader withBell = new URLClassLoader(new URL[] {registration.resolve("classes").toUri().toURL()},
                saved)) {
            thread.setContextClassLoader(withBell);
            return work.call();
        } finally {
            thread.setContextClassLoader(saved);
        }
    }
}
