package io.scopekit.cli;

import io.scopekit.harness.Bounded;
import io.scopekit.harness.RunResources;
import io.scopekit.harness.TimedOutException;
import io.scopekit.report.Redactor;
import io.scopekit.report.RunInfo.TargetInfo;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetUnreachableException;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Checks before a run that {@code --target} names something usable and reads its identity for the certificate.
 *
 * <p>The target probed is the run's own ({@link RunResources#target()}), the one the scenarios then use, so
 * {@code --target} accepts exactly what {@code scopekit.target} does; a URL is first checked for an answer, so a
 * silent one exits 3.
 */
final class TargetProbe {

    private TargetProbe() {}

    /**
     * Creates the run's target and returns its identity.
     *
     * @throws CliFailure bad input when the target cannot be created, unreachable when it does not answer
     */
    static TargetInfo probe(RunResources resources) {
        String spec = resources.settings().target();
        String lower = spec.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            probeUrl(spec, resources.timeouts().step());
        }
        Target target;
        try {
            target = resources.target();
        } catch (TimedOutException e) {
            throw CliFailure.unreachable("target " + spec + " did not start: " + e.getMessage());
        } catch (TargetUnreachableException e) {
            throw CliFailure.unreachable("target " + spec + " unreachable: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof TargetUnreachableException u) {
                throw CliFailure.unreachable("target " + spec + " unreachable: " + u.getMessage());
            }
            // a name only a permission platform answers to (e.g. simulator): its identity goes on the certificate
            try {
                TargetIdentity id = resources.permissionTarget().identity();
                return new TargetInfo(id.name(), id.version(), id.description(), spec);
            } catch (IllegalArgumentException notPermission) {
                throw CliFailure.badInput("--target " + e.getMessage());
            }
        } catch (RuntimeException | LinkageError e) {
            throw CliFailure.badInput("--target " + spec + " failed to start: " + e);
        }
        try {
            TargetIdentity id = Bounded.once(resources.timeouts().step(), "step timeout", "asking the target who it is",
                    target::identity);
            // Target-provided text: the identity goes to run.json and every summary, so it is redacted once here.
            return new TargetInfo(Redactor.redact(id.name()), Redactor.redact(id.version()),
                    Redactor.redact(id.description()), Redactor.redact(spec));
        } catch (TimedOutException e) {
            throw CliFailure.unreachable("target " + spec + " " + e.getMessage());
        } catch (TargetUnreachableException e) {
            throw CliFailure.unreachable("target " + spec + " unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            throw CliFailure.badInput("target " + spec + " failed to describe itself: " + e);
        }
    }

    /**
     * Returns when the URL answers; the resolver then says whether this kit can drive it. The read timeout of a
     * connection is per read, so a server trickling a byte at a time would never time out: the whole exchange is
     * bounded by the step timeout as well.
     */
    private static void probeUrl(String spec, java.time.Duration limit) {
        HttpURLConnection[] open = new HttpURLConnection[1];
        try {
            Bounded.once(limit, "step timeout", "probing " + spec, () -> {
                HttpURLConnection c = (HttpURLConnection) URI.create(spec).toURL().openConnection();
                open[0] = c;
                c.setConnectTimeout(3000);
                c.setReadTimeout(3000);
                c.setRequestMethod("GET");
                c.getResponseCode();
                try (var body = c.getErrorStream() != null ? c.getErrorStream() : c.getInputStream()) {
                    body.readAllBytes();
                } catch (IOException e) {
                    // an answer without a readable body still answered
                }
                c.disconnect();
                return null;
            });
        } catch (TimedOutException e) {
            if (open[0] != null) {
                open[0].disconnect();
            }
            throw CliFailure.unreachable("target " + spec + " does not answer in time: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw CliFailure.unreachable("target " + spec + " does not answer: " + e.getMessage());
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw CliFailure.unreachable("target " + spec + " does not answer: " + cause.getMessage());
        }
    }
}
