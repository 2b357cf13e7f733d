package io.scopekit.spec.internal;

import io.scopekit.spec.Document;
import io.scopekit.spec.Spec;
import io.scopekit.spec.SpecCatalog;
import io.scopekit.spec.SpecCounts;
import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecOrigin;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Registers one {@link SpecKindUnit} per {@link SpecKind} and hands each spec or spec file to the unit of its kind;
 * the one place that knows the set of kinds.
 */
public final class SpecKinds {

    private static final Map<SpecKind, SpecKindUnit<?>> UNITS =
            register(new ClientPlatformKind(), new PortMatrixKind(), new PermissionModelKind());

    private SpecKinds() {}

    private static Map<SpecKind, SpecKindUnit<?>> register(SpecKindUnit<?>... units) {
        Map<SpecKind, SpecKindUnit<?>> byKind = new EnumMap<>(SpecKind.class);
        for (SpecKindUnit<?> unit : units) {
            if (byKind.putIfAbsent(unit.kind(), unit) != null) {
                throw new IllegalStateException("two units for spec kind " + unit.kind().id());
            }
        }
        for (SpecKind kind : SpecKind.values()) {
            if (!byKind.containsKey(kind)) {
                throw new IllegalStateException("no unit for spec kind " + kind.id() + " (register it in SpecKinds)");
            }
        }
        return Collections.unmodifiableMap(byKind);
    }

    private static SpecKindUnit<?> unit(SpecKind kind) {
        return UNITS.get(kind);
    }

    // ------------------------------------------------------------------ loading

    /** Runs the checks of the file's kind. */
    static void crossCheck(SpecFile file) {
        unit(file.kind).crossCheck(file);
    }

    /** Runs every kind's checks that span files. */
    static void crossCheckAcross(List<SpecFile> files, Map<String, SpecFile> byId) {
        UNITS.values().forEach(unit -> unit.crossCheckAcross(files, byId));
    }

    /** Binds a checked file to the model of its kind. */
    static Spec bind(SpecFile file) {
        return unit(file.kind).bind(file.root, new SpecOrigin(file.displayName, file.fileName, file.sha256));
    }

    // ------------------------------------------------------------------ diff

    /**
     * Lists the changes from {@code before} to {@code after}, grouped by spec id in the order of {@code before}
     * then new specs (the contract of {@code SpecDiff.between}).
     */
    public static List<String> diff(SpecCatalog before, SpecCatalog after) {
        DiffLines out = new DiffLines();
        for (Spec old : before.specs()) {
            Optional<Spec> now = after.spec(old.id());
            if (now.isEmpty()) {
                out.add(old.id(), "spec removed (" + old.kind().id() + ")");
            } else if (old.kind() != now.get().kind()) {
                out.add(old.id(), "kind changed " + old.kind().id() + " -> " + now.get().kind().id());
            } else {
                diff(unit(old.kind()), old, now.get(), out);
            }
        }
        for (Spec now : after.specs()) {
            if (before.spec(now.id()).isEmpty()) {
                out.add(now.id(), "spec added (" + now.kind().id() + ")");
            }
        }
        return out.lines();
    }

    private static <S extends Spec> void diff(SpecKindUnit<S> unit, Spec before, Spec after, DiffLines out) {
        unit.diff(unit.type().cast(before), unit.type().cast(after), out);
    }

    // ------------------------------------------------------------------ rendering

    /** Prints {@code specs show}: the id and file lines every kind shares, then the kind's tables. */
    public static void printText(Spec spec, PrintWriter out) {
        out.println(spec.id() + " (" + spec.kind().id() + "): " + spec.name());
        out.println("file: " + spec.origin().file() + "  sha256: " + spec.origin().sha256());
        printText(unit(spec.kind()), spec, out);
    }

    private static <S extends Spec> void printText(SpecKindUnit<S> unit, Spec spec, PrintWriter out) {
        unit.printText(unit.type().cast(spec), out);
    }

    /** Returns {@code specs show --json}: the keys every kind shares around the kind's own keys. */
    public static String json(Spec spec) {
        ObjectNode o = JsonView.F.objectNode();
        o.put("id", spec.id());
        o.put("kind", spec.kind().id());
        o.put("name", spec.name());
        o.put("file", spec.origin().fileName());
        o.put("sha256", spec.origin().sha256());
        putJson(unit(spec.kind()), spec, o);
        ArrayNode docs = o.putArray("documents");
        for (Document d : spec.documents()) {
            ObjectNode n = docs.addObject();
            n.put("id", d.id());
            d.seed().ifPresent(s -> n.put("seed", s));
            d.url().ifPresent(s -> n.put("url", s));
            n.put("title", d.title());
            d.updated().ifPresent(s -> n.put("updated", s));
        }
        return JsonView.MAPPER.writeValueAsString(o);
    }

    private static <S extends Spec> void putJson(SpecKindUnit<S> unit, Spec spec, ObjectNode out) {
        unit.putJson(unit.type().cast(spec), out);
    }

    /** Counts one spec's scopes, APIs and permissions ({@code specs} is 1). */
    public static SpecCounts count(Spec spec) {
        return count(unit(spec.kind()), spec);
    }

    private static <S extends Spec> SpecCounts count(SpecKindUnit<S> unit, Spec spec) {
        return unit.count(unit.type().cast(spec));
    }
}
