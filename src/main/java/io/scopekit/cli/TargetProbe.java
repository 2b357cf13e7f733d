package io.scopekit.cli;

import io.scopekit.harness.RunResources;
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
        if (spec.startsWith("http://") || spec.startsWith("https://")) {
            probeUrl(spec);
        }
        Target target;
        try {
            target = resources.target();
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
            TargetIdentity id = target.identity();
            return new TargetInfo(id.name(), id.version(), id.description(), spec);
        } catch (TargetUnreachableException e) {
            throw CliFailure.unreachable("target " + spec + " unreachable: " + e.getMessage());
        } catch (RuntimeException e) {
            throw CliFailure.badInput("target " + spec + " failed to describe itself: " + e);
        }
    }

    /** Returns when the URL answers; the resolver then says whether this kit can drive it. */
    private static void probeUrl(String spec) {
        try {
            HttpURLConnection c = (HttpURLConnection) URI.create(spec).toURL().openConnection();
            c.setConnectTimeout(3000);
            c.setReadTimeout(3000);
            c.setRequestMethod("GET");
            c.getResponseCode();
            c.disconnect();
        } catch (IOException | IllegalArgumentException e) {
            throw CliFailure.unreachable("target " + spec + " does not answer: " + e.getMessage());
        }
    }
}
