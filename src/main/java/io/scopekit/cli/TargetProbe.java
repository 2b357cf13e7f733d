package io.scopekit.cli;

import io.scopekit.report.RunInfo.TargetInfo;
import io.scopekit.target.Target;
import io.scopekit.target.TargetFactory;
import io.scopekit.target.TargetIdentity;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Checks before a run that {@code --target} names something usable and reads its identity for the certificate.
 *
 * <p>Resolution follows docs/harness-contract.md ("Configuration parameters"): a TargetFactory name, {@code
 * class:FQN}, or an {@code http(s)://} URL.
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
            return probeUrl(spec);
        }
        Target target = resolve(spec);
        try (target) {
            TargetIdentity id = target.identity();
            return new TargetInfo(id.name(), id.version(), id.description(), spec);
        } catch (RuntimeException e) {
            if (e instanceof io.scopekit.target.TargetUnreachableException) {
                throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " unreachable: " + e.getMessage());
            }
            throw new Failure(ExitCode.BAD_INPUT, "target " + spec + " failed to describe itself: " + e);
        }
    }

    private static Target resolve(String spec) throws Failure {
        if (spec.startsWith("class:")) {
            String fqn = spec.substring("class:".length());
            try {
                Object o = Class.forName(fqn).getDeclaredConstructor().newInstance();
                if (o instanceof Target t) {
                    return t;
                }
                if (o instanceof TargetFactory f) {
                    return f.create();
                }
                throw new Failure(ExitCode.BAD_INPUT, "--target class:" + fqn
                        + " is neither an io.scopekit.target.Target nor a TargetFactory");
            } catch (ClassNotFoundException e) {
                throw new Failure(ExitCode.BAD_INPUT, "--target class:" + fqn + ": no such class on the class path");
            } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
                throw new Failure(ExitCode.BAD_INPUT, "--target class:" + fqn + " needs a public no-arg constructor");
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof io.scopekit.target.TargetUnreachableException u) {
                    throw new Failure(ExitCode.UNREACHABLE, "target " + spec + " unreachable: " + u.getMessage());
                }
                throw new Failure(ExitCode.BAD_INPUT, "--target class:" + fqn + " failed to start: " + e.getCause());
            }
        }
        List<String> names = new ArrayList<>();
        for (TargetFactory f : ServiceLoader.load(TargetFactory.class)) {
            if (f.name().equals(spec)) {
                return f.create();
            }
            names.add(f.name());
        }
        throw new Failure(ExitCode.BAD_INPUT, "unknown target '" + spec + "' (expected one of: "
                + (names.isEmpty() ? "(no TargetFactory registered)" : String.join(", ", names))
                + ", class:FQN, or an http(s):// URL)");
    }

    private static TargetInfo probeUrl(String spec) throws Failure {
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
        throw new Failure(ExitCode.BAD_INPUT, "target " + spec
                + " answers, but the HTTP target adapter is not part of this kit version yet");
    }
}
