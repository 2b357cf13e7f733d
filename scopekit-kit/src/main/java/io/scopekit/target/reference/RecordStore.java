package io.scopekit.target.reference;

import io.scopekit.consent.RecordState;
import io.scopekit.spec.BehaviourParam;
import io.scopekit.spec.Version;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps one user's consent records for one app (and container, for a port): a server-side copy and one local
 * copy per device installation, and decides which copy is in force.
 *
 * <p>The policy comes from the spec's {@code recordSync} entry:
 * <ul>
 *   <li>{@code server-synced} since version S: at or above S the server copy is in force and every answer is
 *       also kept locally; below S only the local copy of the current installation counts (the sources do not
 *       say how older clients keep records; docs/reference-runtime.md)</li>
 *   <li>{@code device-local}: only the local copy of the current installation counts</li>
 *   <li>{@code unspecified}: the server copy is always in force (records "kept in the backend", the default of
 *       docs/reference-runtime.md)</li>
 * </ul>
 */
final class RecordStore {
    private enum Mode { SERVER_SINCE, DEVICE_LOCAL, BACKEND }

    private final Mode mode;
    private final Version since;
    private final Map<String, RecordState> server = new LinkedHashMap<>();
    /** Local copies by device and installation ("device#n"). */
    private final Map<String, Map<String, RecordState>> local = new HashMap<>();
    private final Map<String, Integer> installation = new HashMap<>();

    RecordStore(BehaviourParam recordSync) {
        if ("server-synced".equals(recordSync.value())) {
            mode = Mode.SERVER_SINCE;
            since = recordSync.since().orElse(null);
        } else if ("device-local".equals(recordSync.value())) {
            mode = Mode.DEVICE_LOCAL;
            since = null;
        } else {
            mode = Mode.BACKEND;
            since = null;
        }
    }

    /**
     * The records in force for {@code device} running client {@code version} ({@code null}: the newest), in
     * insertion order.
     */
    Map<String, RecordState> view(String device, Version version) {
        return serverInForce(version) ? server : localCopy(device);
    }

    void put(String device, Version version, String scope, RecordState state) {
        if (serverInForce(version)) {
            write(server, scope, state);
        }
        if (mode != Mode.BACKEND) {
            write(localCopy(device), scope, state);
        }
    }

    /** Deleting the app clears every copy (seed 004, 重置授权记录). */
    void clearAll() {
        server.clear();
        local.clear();
    }

    /** Uninstalling the client wipes what it kept on the device; the server copy stays. */
    void reinstall(String device) {
        installation.merge(device, 1, Integer::sum);
    }

    /**
     * Moving from {@code from} to {@code to}: crossing the sync version uploads what the device kept and the
     * server does not know yet, as a client that starts syncing would.
     */
    void upgrade(String device, Version from, Version to) {
        if (mode == Mode.SERVER_SINCE && !serverInForce(from) && serverInForce(to)) {
            localCopy(device).forEach(server::putIfAbsent);
        }
    }

    private boolean serverInForce(Version version) {
        return switch (mode) {
            case BACKEND -> true;
            case DEVICE_LOCAL -> false;
            case SERVER_SINCE -> version == null || since == null || version.isAtLeast(since);
        };
    }

    private Map<String, RecordState> localCopy(String device) {
        String key = device + "#" + installation.getOrDefault(device, 0);
        return local.computeIfAbsent(key, k -> new LinkedHashMap<>());
    }

    private static void write(Map<String, RecordState> records, String scope, RecordState state) {
        if (state == RecordState.NEVER_ASKED) {
            records.remove(scope);
        } else {
            records.put(scope, state);
        }
    }
}
