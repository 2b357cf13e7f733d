package io.scopekit.cli;

import io.scopekit.report.RunInfo.TargetInfo;
import io.scopekit.target.Target;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetUnreachableException;
import io.scopekit.target.Targets;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * Checks before a run that {@code --target} names something usable and reads its identity for the certificate.
 *
 * <p>Resolution is {@link Targets#resolve}, the one the step definitions use (docs/harness-contract.md,
 * "Configuration parameters"); a URL is first checked for an answer, so a silent one exits 3.
 */
final class TargetProbe {

    /** A target spec that cannot be used; {@link #exitCode} says whether it is bad input or unreachable. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final int exitCode;

        Failure(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    private TargetProbe() {}

    static TargetInfo probe(String spec) throws Failure {
        if (spec.startsWith("http://") || spec.startsWith("https://")) {
            probeUrl(spec);
        }
        Target target;
        try {
            // The steps' resolver, so --target accepts exactly what scopekit.target does.
            target = Targets.resolve(spec);
        } catch (TargetUnreachableException e) {
            throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " unreachable: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof TargetUnreachableException u) {
                throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " unreachable: " + u.getMessage());
            }
            throw new Failure(ExitCode.BAD_INPUT, "--target " + e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            throw new Failure(ExitCode.BAD_INPUT, "--target " + spec + " failed to start: " + e);
        }
        try (target) {
            TargetIdentity id = target.identity();
            return new TargetInfo(id.name(), id.version(), id.description(), spec);
        } catch (TargetUnreachableException e) {
            throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new Failure(ExitCode.BAD_INPUT, "target " + spec + " failed to describe itself: " + e);
        }
    }

    /** Returns when the URL answers; the resolver then says whether this kit can drive it. */
    private static void probeUrl(String spec) throws Failure {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(spec).toURL().openConnection();
            c.setConnectTimeout(3000);
            c.setReadTimeout(3000);
            c.setRequestMethod("GET");
            c.getResponseCode();
            c.disconnect();
        } catch (IOException | IllegalArgumentException e) {
            throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " does not answer: " + e.getMessage());
        }
    }
}
