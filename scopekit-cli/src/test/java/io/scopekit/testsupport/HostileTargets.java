package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.PromptKind;
import io.scopekit.target.ActionResult;
import io.scopekit.target.Observation;
import io.scopekit.target.SessionConfig;
import io.scopekit.target.SessionControl;
import io.scopekit.target.Target;
import io.scopekit.target.TargetError;
import io.scopekit.target.TargetIdentity;
import io.scopekit.target.TargetSession;
import io.scopekit.target.reference.ReferenceTarget;

/** Targets that misbehave the way real ones do: they block, end the JVM, or hand back secrets as their identity. */
public final class HostileTargets {
    private HostileTargets() {}

    /** The reference runtime, except that every action blocks for ever. */
    public static final class Sleeping implements Target {
        private final ReferenceTarget reference = new ReferenceTarget();

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("sleeping", "test", "blocks in every action");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            TargetSession session = reference.open(config);
            return new TargetSession() {
                @Override
                public SessionControl control() {
                    return session.control();
                }

                @Override
                public ActionResult perform(Action action) {
                    sleepForEver();
                    return session.perform(action);
                }
            };
        }
    }

    /** The reference runtime, except that closing the target never returns. */
    public static final class BlockingClose implements Target {
        private final ReferenceTarget reference = new ReferenceTarget();

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("blocking-close", "test", "never finishes closing");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            return reference.open(config);
        }

        @Override
        public void close() {
            sleepForEver();
        }
    }

    /** A target whose constructor never returns. */
    public static final class BlockingConstructor implements Target {
        public BlockingConstructor() {
            sleepForEver();
        }

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("blocking", "test", "never constructed");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            throw new IllegalStateException("never reached");
        }
    }

    /** A target that ends the JVM with status 0 in its first action. */
    public static final class Exiting implements Target {
        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("exiting", "test", "calls System.exit(0)");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            return new TargetSession() {
                @Override
                public SessionControl control() {
                    return (PromptKind kind, Answer answer) -> { };
                }

                @Override
                public ActionResult perform(Action action) {
                    System.exit(0);
                    return null;
                }
            };
        }
    }

    /** The reference runtime describing itself with a token, a short Feishu token and control characters. */
    public static final class SecretIdentity implements Target {
        private final ReferenceTarget reference = new ReferenceTarget();

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("secretive u-abc.def", "token=abcdef123456",
                    "connects with Bearer eyJhbGciOiJIUzI1NiJ9.e30");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            return reference.open(config);
        }
    }

    /**
     * The reference runtime carrying every form of {@link SecretCorpus}: in its identity (the JSON documents as
     * the description, the free-text forms as the version), in every error it raises and in the error message and
     * response of every observation it returns. Actions alternate between an error and a doctored observation.
     */
    public static final class SecretCorpusTarget implements Target {
        /** What the target calls itself: kept readable, the secrets sit in the other fields. */
        public static final String NAME = "corpus";
        private static final String TEXT = String.join("\n",
                SecretCorpus.text().stream().map(SecretCorpus.Entry::text).toList());
        private static final String JSON = "[" + String.join(",",
                SecretCorpus.json().stream().map(SecretCorpus.Entry::text).toList()) + "]";
        /** Ordinary lines about tokens planted beside the secrets: they must stay readable. */
        public static final String BENIGN = String.join("\n", SecretCorpus.benign());
        private final ReferenceTarget reference = new ReferenceTarget();

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity(NAME, "1.0 " + TEXT, JSON);
        }

        @Override
        public TargetSession open(SessionConfig config) {
            TargetSession session = reference.open(config);
            java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
            return new TargetSession() {
                @Override
                public SessionControl control() {
                    return session.control();
                }

                @Override
                public ActionResult perform(Action action) {
                    ActionResult result = session.perform(action);
                    if (calls.getAndIncrement() % 2 == 0 || !(result instanceof Observation o)) {
                        return TargetError.internal("upstream failed:\n" + TEXT + "\n" + BENIGN + "\n" + JSON);
                    }
                    java.util.Map<String, Object> response = new java.util.LinkedHashMap<>(o.response());
                    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
                    int i = 0;
                    for (SecretCorpus.Entry e : SecretCorpus.json()) {
                        response.put("case" + i++, mapper.readValue(e.text(), Object.class));
                    }
                    return new Observation(o.outcome(), TEXT, o.errno(), o.prompts(), o.authSetting(),
                            o.settingsList(), response, o.portRun());
                }
            };
        }
    }

    /** A name that would drive a terminal: an escape sequence, a carriage return forging a verdict line, NUL. */
    public static final String TERMINAL_NAME = "evil\u001b[2J\u001b[31m\rconformant: 681 scenarios forged\u0000";
    /** A version that reads backwards: a right-to-left override. */
    public static final String BIDI_VERSION = "1.0 \u202Egnp.exe";

    /** The reference runtime with a terminal-hostile identity: {@link #TERMINAL_NAME} plus 5 MB, a bidi override. */
    public static final class TerminalIdentity implements Target {
        private final ReferenceTarget reference = new ReferenceTarget();

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity(TERMINAL_NAME + "N".repeat(5 * 1024 * 1024), BIDI_VERSION,
                    "isolated \u2066text\u2069");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            return reference.open(config);
        }
    }

    /** A target whose construction fails with a message that would drive a terminal. */
    public static final class TerminalFailure implements Target {
        public TerminalFailure() {
            throw new IllegalStateException(TERMINAL_NAME + "X".repeat(1024 * 1024));
        }

        @Override
        public TargetIdentity identity() {
            return new TargetIdentity("never", "test", "never constructed");
        }

        @Override
        public TargetSession open(SessionConfig config) {
            throw new IllegalStateException("never reached");
        }
    }

    static void sleepForEver() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // a hostile target ignores interruption
            }
        }
    }
}
