package io.scopekit.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.scopekit.harness.Bounded;
import io.scopekit.harness.RunDomain;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.RunTarget;
import io.scopekit.harness.TimedOutException;
import io.scopekit.report.Redactor;
import io.scopekit.report.RunInfo.TargetInfo;
import io.scopekit.target.Coverage;
import java.util.List;
import java.util.function.Function;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetUnreachableException;

/**
 * Checks before a run that {@code --target} names something usable and reads its identity for the certificate.
 *
 * <p>The target probed is the run's own, of the first registered domain whose resolver knows {@code --target}
 * ({@link RunDomain#runTarget()}), the one the scenarios then use, so {@code --target} accepts exactly what
 * {@code scopekit.target} does; a URL target asks for its description as it is created, so a silent one exits 3.
 */
@API(status = INTERNAL)
public final class TargetProbe {

    private TargetProbe() {}

    /**
     * Creates the run's target and returns its identity.
     *
     * @throws Failure when the target cannot be created (bad input) or does not answer (unreachable)
     */
    public static TargetInfo probe(RunResources resources) {
        String spec = resources.settings().target();
        // An http(s):// target asks GET {base}/v1/target as it is created (io.scopekit.target.http.HttpTarget), so
        // one that does not answer, or answers with something that is not a description, ends here with exit 3.
        String lower = spec.toLowerCase(java.util.Locale.ROOT);
        boolean url = lower.startsWith("http://") || lower.startsWith("https://");
        // The domains are asked in registration order (consent first): the first whose resolver knows --target owns
        // it, so a name only a later domain answers to (e.g. simulator) is that domain's, and its identity goes on the
        // certificate.
        String refused = null;
        for (RunDomain domain : RunDomain.registered()) {
            RunTarget<?> runTarget = domain.runTarget();
            if (runTarget == null) {
                continue;
            }
            try {
                return describe(resources, spec, runTarget);
            } catch (Failure e) {
                throw e;
            } catch (TimedOutException e) {
                throw Failure.unreachable("target " + Redactor.redact(spec)
                        + (url ? " does not answer in time: " : " did not start: ") + e.getMessage());
            } catch (TargetUnreachableException e) {
                throw Failure.unreachable("target " + Redactor.redact(spec)
                        + (url ? " does not answer: " : " unreachable: ") + e.getMessage());
            } catch (IllegalArgumentException e) {
                if (e.getCause() instanceof TargetUnreachableException u) {
                    throw Failure.unreachable("target " + spec + " unreachable: " + u.getMessage());
                }
                if (refused == null) {
                    refused = e.getMessage();
                }
            } catch (RuntimeException | LinkageError e) {
                throw Failure.badInput("--target " + spec + " failed to start: " + e);
            }
        }
        throw Failure.badInput("--target " + (refused != null ? refused : spec + ": no registered domain has targets"));
    }

    /** Resolves the domain's run target (the one its scenarios then use) and asks it who it is and what it implements. */
    private static <T> TargetInfo describe(RunResources resources, String spec, RunTarget<T> runTarget) {
        T target = resources.get(runTarget.key());
        try {
            TargetIdentity id = Bounded.once(resources.timeouts().step(), "step timeout", "asking the target who it is",
                    () -> runTarget.identity().apply(target));
            Function<T, Coverage> asked = runTarget.coverage();
            Coverage coverage = asked == null ? null : Bounded.once(resources.timeouts().step(), "step timeout",
                    "asking the target what it implements", () -> asked.apply(target));
            // Target-provided text: the identity goes to run.json and every summary, so it is redacted once here.
            return new TargetInfo(Redactor.redact(id.name()), Redactor.redact(id.version()),
                    Redactor.redact(id.description()), Redactor.redact(spec),
                    coverage == null ? null : List.copyOf(coverage.platforms()),
                    coverage == null ? null : List.copyOf(coverage.containers()),
                    coverage == null ? null : List.copyOf(coverage.appKinds()));
        } catch (TimedOutException e) {
            throw Failure.unreachable("target " + spec + " " + e.getMessage());
        } catch (TargetUnreachableException e) {
            throw Failure.unreachable("target " + spec + " unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            throw Failure.badInput("target " + spec + " failed to describe itself: " + e);
        }
    }

    /**
     * Why the target could not be probed. The command line turns it into its exit code (3 unreachable, 2 bad
     * input); the library route writes the message on the certificate.
     */
    public static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean unreachable;

        private Failure(boolean unreachable, String message) {
            super(message);
            this.unreachable = unreachable;
        }

        static Failure unreachable(String message) {
            return new Failure(true, message);
        }

        static Failure badInput(String message) {
            return new Failure(false, message);
        }

        /** Returns true when the target did not answer, false when what {@code --target} names is unusable. */
        public boolean unreachable() {
            return unreachable;
        }
    }
}
