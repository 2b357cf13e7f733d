package io.scopekit.cli;

import io.scopekit.report.Plural;

import io.scopekit.simulator.FeishuSimulator;
import io.scopekit.simulator.SimulatorConfig;
import io.scopekit.simulator.SimulatorConfigException;
import io.scopekit.spec.PermissionModelSpec;
import io.scopekit.spec.SpecCatalog;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Starts the Feishu Open Platform simulator on 127.0.0.1 and serves until the process is stopped
 * (docs/simulator.md).
 */
@Command(name = "simulate", mixinStandardHelpOptions = true)
final class SimulateCommand extends ServingCommand {

    @Parameters(index = "0", paramLabel = "PLATFORM", descriptionKey = "platform")
    String platform;

    @Option(names = "--config", paramLabel = "FILE")
    Path config;

    /** Released when the JVM shuts down; tests release it to stop a running simulator. */
    static final CountDownLatch STOP = new CountDownLatch(1);

    @Override
    Started start() {
        SpecCatalog catalog = SpecCatalog.loadEmbedded();
        PermissionModelSpec model = catalog.spec(platform)
                .filter(PermissionModelSpec.class::isInstance).map(PermissionModelSpec.class::cast)
                .orElseThrow(() -> CliFailure.badInput("unknown platform '" + platform + "'; expected a permission "
                        + "model: " + catalog.specs().stream().filter(PermissionModelSpec.class::isInstance)
                        .map(s -> s.id()).toList()));
        int port = this.port.checked();
        SimulatorConfig world;
        try {
            world = config == null ? SimulatorConfig.defaults(model) : SimulatorConfig.load(config, model);
        } catch (SimulatorConfigException e) {
            throw CliFailure.badInput(Plural.count(e.problems().size(), "problem")
                    + " in the simulator configuration:\n" + String.join("\n", e.problems()));
        }
        FeishuSimulator simulator = FeishuSimulator.create(model, world);
        try {
            simulator.start(port);
        } catch (RuntimeException e) {
            simulator.close();
            throw cannotListen(port, e);
        }
        return new Started(simulator::close, "simulating " + model.id()
                + " at " + simulator.baseUrl() + " (" + Plural.count(world.tenants().size(), "tenant") + ", "
                + Plural.count(world.apps().size(), "app") + "); admin API at " + simulator.baseUrl()
                + "/scopekit/admin/apps/{app_id} (WireMock's own admin API is not served; docs/simulator.md, "
                + "Security); stop with Ctrl-C");
    }

    @Override
    CountDownLatch stopLatch() {
        return STOP;
    }

}
