package io.scopekit.testsupport;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.RecordState;
import io.scopekit.oracle.ConsentOracle;
import io.scopekit.oracle.ConsentOracles;
import io.scopekit.oracle.Situation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** One oracle over the shipped (embedded) specs and rules per test JVM, and a builder for situations. */
public final class Oracles {
    private static volatile ConsentOracle embedded;

    private Oracles() {}

    public static synchronized ConsentOracle embedded() {
        if (embedded == null) {
            embedded = ConsentOracles.embedded();
        }
        return embedded;
    }

    /** Returns the first {@link ConsentOracle} registered through {@link ServiceLoader}, if any. */
    public static Optional<ConsentOracle> find() {
        return ServiceLoader.load(ConsentOracle.class).findFirst();
    }

    public static SituationBuilder on(String platform) {
        return new SituationBuilder(platform);
    }

    /** Builds a {@link Situation}; defaults: mini-program, no client version (above every gate), no records. */
    public static final class SituationBuilder {
        private final String platform;
        private String container;
        private String appKind = "mini-program";
        private String clientVersion;
        private final Map<String, RecordState> records = new LinkedHashMap<>();
        private Answer answer;
        private Answer osAnswer;

        SituationBuilder(String platform) {
            this.platform = platform;
        }

        public SituationBuilder container(String c) { this.container = c; return this; }
        public SituationBuilder appKind(String k) { this.appKind = k; return this; }
        public SituationBuilder clientVersion(String v) { this.clientVersion = v; return this; }
        public SituationBuilder record(String scope, RecordState s) { records.put(scope, s); return this; }
        public SituationBuilder answer(Answer a) { this.answer = a; return this; }
        public SituationBuilder osAnswer(Answer a) { this.osAnswer = a; return this; }

        public Situation doing(Action action) {
            return new Situation(platform, container, appKind, clientVersion, records, action, answer, osAnswer);
        }
    }
}
