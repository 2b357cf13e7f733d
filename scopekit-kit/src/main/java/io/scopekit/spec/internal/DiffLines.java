package io.scopekit.spec.internal;

import io.scopekit.spec.AppKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Collects the lines of a structural diff, {@code <spec id>: <change>}, and the comparisons the kinds share. */
final class DiffLines {

    private final List<String> lines = new ArrayList<>();

    List<String> lines() {
        return List.copyOf(lines);
    }

    void add(String id, String change) {
        lines.add(id + ": " + change);
    }

    void changed(String id, String what, String before, String after) {
        changed(id, what, before, after, !Objects.equals(before, after));
    }

    void changed(String id, String what, String before, String after, boolean differs) {
        if (differs) {
            add(id, what + " changed " + before + " -> " + after);
        }
    }

    /**
     * Reports scopes added, removed and renamed (same non-empty API list under a new id) and APIs added, removed and
     * moved, from the scope ids and API lists of platforms and ports alike.
     *
     * @return old scope id to new scope id for every scope present on both sides (renamed ones included)
     */
    Map<String, String> scopes(String id, Map<String, List<String>> before, Map<String, List<String>> after) {
        Map<String, String> renamed = new LinkedHashMap<>(); // old id -> new id
        List<String> removed = new ArrayList<>(before.keySet());
        removed.removeAll(after.keySet());
        List<String> added = new ArrayList<>(after.keySet());
        added.removeAll(before.keySet());
        for (String old : List.copyOf(removed)) {
            List<String> apis = before.get(old);
            if (apis.isEmpty()) {
                continue;
            }
            for (String now : added) {
                if (!renamed.containsValue(now) && Set.copyOf(after.get(now)).equals(Set.copyOf(apis))) {
                    renamed.put(old, now);
                    break;
                }
            }
        }
        removed.removeAll(renamed.keySet());
        added.removeAll(renamed.values());
        renamed.forEach((o, n) -> add(id, "scope " + o + " renamed to " + n));
        removed.forEach(s -> add(id, "scope " + s + " removed"));
        added.forEach(s -> add(id, "scope " + s + " added"));

        Map<String, String> oldScopeOfApi = apiOwners(before);
        Map<String, String> newScopeOfApi = apiOwners(after);
        for (Map.Entry<String, String> e : oldScopeOfApi.entrySet()) {
            String api = e.getKey();
            String from = e.getValue();
            String to = newScopeOfApi.get(api);
            if (to == null) {
                add(id, "API " + api + " removed (was under " + from + ")");
            } else if (!renamed.getOrDefault(from, from).equals(to)) {
                add(id, "API " + api + " moved " + from + " -> " + to);
            }
        }
        for (Map.Entry<String, String> e : newScopeOfApi.entrySet()) {
            if (!oldScopeOfApi.containsKey(e.getKey())) {
                add(id, "API " + e.getKey() + " added under " + e.getValue());
            }
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String s : before.keySet()) {
            if (after.containsKey(s)) {
                pairs.put(s, s);
            }
        }
        pairs.putAll(renamed);
        return pairs;
    }

    private static Map<String, String> apiOwners(Map<String, List<String>> scopes) {
        Map<String, String> owners = new LinkedHashMap<>();
        scopes.forEach((scope, apis) -> apis.forEach(api -> owners.putIfAbsent(api, scope)));
        return owners;
    }

    static <T> Map<String, List<String>> apiMap(List<T> scopes, Function<T, String> id,
            Function<T, List<String>> apis) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        scopes.forEach(s -> m.put(id.apply(s), apis.apply(s)));
        return m;
    }

    static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> m = new LinkedHashMap<>();
        items.forEach(i -> m.putIfAbsent(id.apply(i), i));
        return m;
    }

    static String ids(List<AppKind> kinds) {
        return kinds.stream().map(AppKind::id).toList().toString();
    }

    static String flag(Optional<Boolean> value) {
        return value.map(String::valueOf).orElse("unspecified");
    }
}
