package io.scopekit.explore;

import io.scopekit.consent.Action;
import io.scopekit.consent.Answer;
import io.scopekit.consent.BehaviourKey;
import io.scopekit.harness.Where;
import io.scopekit.spec.AppKind;
import io.scopekit.spec.ClientPlatformSpec;
import io.scopekit.spec.Container;
import io.scopekit.spec.PortMatrixSpec;
import io.scopekit.spec.PortScope;
import io.scopekit.spec.ScopeSpec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Draws client-side sequences from the spec catalog: every action of the consent vocabulary that the kit's step
 * language can say (so that a counterexample replays under {@code verify}), over the scopes and APIs of the
 * platform, with client versions at, just below and just above every version gate and sync version, plus the
 * versions that order differently as text than as numbers (5.3 against a 5.21 gate, 5.10 against 5.9).
 *
 * <p>Sequence {@code i} of seed {@code s} is drawn from its own {@link SplittableRandom} seeded with {@code s}
 * mixed with {@code i}, so it is the same on any machine and whichever shard runs it.
 */
final class ClientGenerator {
    /** The only other device the step language names ("the user signs in on another device"). */
    static final String OTHER_DEVICE = "device-2";

    /** One place sequences run, with what can be done there. */
    record Ground(Where where, String phrase, List<String> scopes, List<List<String>> apis, List<String> versions,
                  boolean port) {}

    private final List<Ground> grounds;
    private final List<List<Ground>> byPlatform;

    ClientGenerator(SpecCatalog catalog, List<String> platforms) {
        List<Ground> all = new ArrayList<>();
        for (ClientPlatformSpec spec : catalog.clientPlatforms()) {
            if (!platforms.isEmpty() && !platforms.contains(spec.id())) {
                continue;
            }
            // The step language names a platform by phrase, which resolves to its first app kind.
            AppKind kind = spec.appKinds().get(0);
            List<String> scopes = new ArrayList<>();
            List<List<String>> apis = new ArrayList<>();
            TreeSet<String> versions = new TreeSet<>();
            for (ScopeSpec scope : spec.scopes()) {
                if (!scope.appKinds().contains(kind)) {
                    continue;
                }
                scopes.add(scope.id());
                apis.add(scope.apis());
                scope.gate().ifPresent(g -> versions.addAll(around(g)));
            }
            spec.behaviour().get(BehaviourKey.RECORD_SYNC).since().ifPresent(v -> versions.addAll(around(v)));
            all.add(new Ground(new Where(spec.id(), null, kind.id()), spec.phrases().get(0), scopes, apis,
                    List.copyOf(versions), false));
        }
        for (PortMatrixSpec port : catalog.portMatrices()) {
            if (!platforms.isEmpty() && !platforms.contains(port.id())) {
                continue;
            }
            for (Container container : port.containers()) {
                List<String> scopes = new ArrayList<>();
                List<List<String>> apis = new ArrayList<>();
                for (PortScope scope : port.scopes()) {
                    scopes.add(scope.id());
                    apis.add(scope.apis());
                }
                // The container's own gates and sync version apply to what the port hands it.
                TreeSet<String> versions = new TreeSet<>();
                catalog.platform(container.platform()).ifPresent(host -> {
                    host.scopes().forEach(s -> s.gate().ifPresent(g -> versions.addAll(around(g))));
                    host.behaviour().get(BehaviourKey.RECORD_SYNC).since().ifPresent(v -> versions.addAll(around(v)));
                });
                all.add(new Ground(Where.uniAuthorize(container.id()), container.id(), scopes, apis,
                        List.copyOf(versions), true));
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no client platform or port among " + platforms);
        }
        this.grounds = List.copyOf(all);
        java.util.Map<String, List<Ground>> grouped = new java.util.LinkedHashMap<>();
        for (Ground g : grounds) {
            grouped.computeIfAbsent(g.where().platform(), k -> new ArrayList<>()).add(g);
        }
        this.byPlatform = List.copyOf(grouped.values());
    }

    List<Ground> grounds() {
        return grounds;
    }

    /** A gate or sync version, the versions next to it, and the ones that compare differently as text. */
    static List<String> around(Version v) {
        List<Integer> s = v.segments();
        List<String> out = new ArrayList<>();
        out.add(v.toString());
        int last = s.get(s.size() - 1);
        String head = s.size() == 1 ? "" : join(s.subList(0, s.size() - 1)) + ".";
        out.add(head + (last + 1));
        if (last > 0) {
            out.add(head + (last - 1));
        }
        if (last >= 10) {
            // Below the gate as a number, above it as text: 5.3 against 5.21.
            out.add(head + (Character.getNumericValue(Integer.toString(last).charAt(0)) + 1));
        } else if (last > 1 && !head.isEmpty()) {
            // Above the gate as a number, below it as text: 5.10 against 5.9.
            out.add(head + "10");
        }
        return out;
    }

    private static String join(List<Integer> segments) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < segments.size(); i++) {
            b.append(i == 0 ? "" : ".").append(segments.get(i));
        }
        return b.toString();
    }

    /** Returns sequence {@code index} of {@code seed}: up to {@code maxSteps} steps on one ground. */
    ClientSequence generate(long seed, long index, int maxSteps) {
        SplittableRandom random = new SplittableRandom(mix(seed, index));
        // A platform first, then one of its grounds (a port's containers), so a port does not outweigh the rest.
        List<Ground> of = byPlatform.get(random.nextInt(byPlatform.size()));
        Ground g = of.get(random.nextInt(of.size()));
        String version = null;
        if (!g.port() && !g.versions().isEmpty() && random.nextInt(3) == 0) {
            version = g.versions().get(random.nextInt(g.versions().size()));
        }
        // Mostly long sequences: the interesting states need several steps to reach.
        int length = Math.max(1, maxSteps - random.nextInt(Math.max(1, maxSteps / 2)));
        List<ClientStep> steps = new ArrayList<>(length);
        boolean moved = false;
        for (int i = 0; i < length; i++) {
            ClientStep step = step(random, g);
            if (step.action().type() == io.scopekit.consent.ActionType.CHANGE_DEVICE) {
                // The step language knows one other device ("signs in on another device" is always device-2), and
                // the oracle takes every change as a move to another device: a second move would be back to the
                // same one on the target. So a sequence moves once.
                if (moved) {
                    step = new ClientStep(Action.getSetting(), null, null);
                }
                moved = true;
            }
            steps.add(step);
        }
        return new ClientSequence(index, g.where(), version, steps);
    }

    private static ClientStep step(SplittableRandom random, Ground g) {
        int roll = random.nextInt(100);
        int s = random.nextInt(g.scopes().size());
        String scope = g.scopes().get(s);
        Answer answer = random.nextBoolean() ? Answer.ALLOW : Answer.DENY;
        if (roll < 30 && !g.apis().get(s).isEmpty()) {
            List<String> apis = g.apis().get(s);
            String api = apis.get(random.nextInt(apis.size()));
            Answer os = random.nextInt(4) == 0 ? (random.nextBoolean() ? Answer.ALLOW : Answer.DENY) : null;
            return new ClientStep(Action.callApi(api), answer, os);
        }
        if (roll < 48) {
            return new ClientStep(Action.authorize(scope), answer, null);
        }
        if (roll < 63) {
            return new ClientStep(Action.getSetting(), null, null);
        }
        if (roll < 71) {
            return new ClientStep(Action.openSetting(), null, null);
        }
        if (roll < 79) {
            return new ClientStep(Action.toggleSetting(scope, random.nextBoolean()), null, null);
        }
        if (roll < 83) {
            return new ClientStep(Action.deleteApp(), null, null);
        }
        if (roll < 88) {
            return new ClientStep(Action.reinstall(), null, null);
        }
        if (roll < 92) {
            return new ClientStep(Action.changeDevice(OTHER_DEVICE), null, null);
        }
        if (!g.versions().isEmpty()) {
            return new ClientStep(Action.upgradeClient(g.versions().get(random.nextInt(g.versions().size()))),
                    null, null);
        }
        return new ClientStep(Action.getSetting(), null, null);
    }

    /** Mixes the run's seed and a sequence number into one seed (SplitMix64 finaliser). */
    static long mix(long seed, long index) {
        long z = seed + 0x9E3779B97F4A7C15L * (index + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
