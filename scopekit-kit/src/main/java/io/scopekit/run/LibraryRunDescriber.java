package io.scopekit.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import io.scopekit.content.KitContent;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunSettings;
import io.scopekit.report.Redactor;
import io.scopekit.report.RunDescriber;
import io.scopekit.report.RunInfo;
import io.scopekit.report.RunInfo.FileHash;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Describes a run of the kit inside a build (Maven Surefire, an IDE) for its certificate: the settings the steps
 * ran with ({@code scopekit.*} parameters), the target they used and the content they read.
 *
 * <p>Registered in {@code META-INF/services/io.scopekit.report.RunDescriber}; public only because
 * {@link java.util.ServiceLoader} requires it.
 */
@API(status = INTERNAL)
public final class LibraryRunDescriber implements RunDescriber {

    @Override
    public RunInfo describe(String runId, String startedAt) {
        RunSettings settings = RunSettings.captured();
        RunInfo.TargetInfo target;
        try {
            // The steps' own resources: the target is the one the scenarios used, already started.
            target = TargetProbe.probe(RunResources.shared(settings));
        } catch (RuntimeException e) { // TargetProbe.Failure included: the run is over, the certificate still names the target
            target = new RunInfo.TargetInfo(Redactor.redact(settings.target()), "unknown",
                    "could not describe itself: " + Redactor.redact(String.valueOf(e.getMessage())),
                    Redactor.redact(settings.target()));
        }
        List<FileHash> files = new ArrayList<>(RunFingerprints.hashes("spec",
                KitContent.read(settings.specs(), "platform-specs", ".yaml", ".yml")));
        files.addAll(RunFingerprints.hashes("rule", KitContent.read(settings.rules(), "rules", ".drl")));
        files.addAll(RunFingerprints.hashes("feature", KitContent.read(null, "features", ".feature")));
        return new RunInfo(runId, KitVersion.current(), startedAt, target, null, null, null, files);
    }
}
