package io.scopekit.testsupport.bell;

import io.scopekit.domain.DomainExplanation;
import io.scopekit.domain.ExplainOption;
import io.scopekit.domain.ExplainQuestion;
import io.scopekit.domain.Explainer;
import io.scopekit.harness.RunResource;
import io.scopekit.harness.RunTarget;
import io.scopekit.harness.TargetResolver;
import io.scopekit.spec.SpecCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A third domain, test-only and tiny (issue 18): one vocabulary ({@link Bell}), one resource ({@link #ORACLE}), a
 * target SPI of its own ({@link BellTarget}, probed as the run's target) and one {@code explain} answer, registered
 * the way the kit's own domains are, by a line naming this class in
 * {@code META-INF/services/io.scopekit.harness.RunDomain}. Nothing in {@code harness}, {@code check}, {@code report}
 * or {@code cli} names it. {@code ThirdDomainAcceptanceTest} puts that line on a class path of its own, so the rest
 * of the suite sees the kit's two domains only.
 */
public final class BellDomain implements Explainer {

    /** The platform id this domain answers for (no spec of the kit's catalog has it). */
    public static final String PLATFORM = "door-bell";

    /** The bell oracle of a run, built from the run's catalog; once per JVM on the kit's own specs and rules. */
    public static final RunResource<BellOracle> ORACLE = RunResource.perJvmWhenEmbedded("bell oracle",
            resources -> new BellOracle(resources.catalog().ids().size()));

    /** The run's bell, resolved from {@code --target} by the kit's one resolver, with this domain's SPI. */
    public static final RunResource<BellTarget> RUN_TARGET = RunResource.target("bell", new TargetResolver<>("bell",
            BellTarget.class, BellTargetFactory.class, BellTargetFactory::name, BellTargetFactory::create,
            (factory, spec) -> false, (factory, spec, timeout) -> factory.create()));

    @Override
    public RunTarget<?> runTarget() {
        return new RunTarget<>(RUN_TARGET, BellTarget::identity, null);
    }

    @Override
    public List<ExplainOption> options() {
        return List.of(
                // explain's one action option, which every domain reads: described by the others
                ExplainOption.text("--action", "ACTION", "").mandatory(),
                ExplainOption.flag("--muted", "Door bell: the bell is muted."),
                ExplainOption.text("--room", "ROOM", "Door bell: the room it hangs in (default hall).")
                        .withDefault("hall"));
    }

    @Override
    public List<RunResource<?>> preparedParts() {
        return List.of(ORACLE);
    }

    @Override
    public boolean explains(SpecCatalog catalog, String platform) {
        return PLATFORM.equals(platform);
    }

    @Override
    public DomainExplanation explain(SpecCatalog catalog, @Nullable Path rulesDir, ExplainQuestion question) {
        if (!"press".equals(question.text("--action"))) {
            throw new IllegalArgumentException("--action '" + question.text("--action") + "': a door bell is pressed "
                    + "(expected: press)");
        }
        Bell bell = new BellOracle(catalog.ids().size()).press(question.flag("--muted"));
        String room = question.text("--room");
        return new DomainExplanation() {
            @Override
            public Object json() {
                Map<String, Object> shape = new LinkedHashMap<>();
                shape.put("platform", PLATFORM);
                shape.put("room", room);
                shape.put("bell", bell.wireName());
                return shape;
            }

            @Override
            public void print(PrintWriter out) {
                out.println("Pressing the " + room + " bell: " + bell.wireName());
            }
        };
    }
}
