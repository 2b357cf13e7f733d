package io.scopekit.spec.internal;

import io.scopekit.spec.SpecKind;
import io.scopekit.spec.SpecProblem;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One spec file as read: its YAML tree with the line and column of every value and key, and the problems found in it.
 */
final class SpecFile {

    /** A 1-based line and column. */
    record Loc(int line, int column) {
        static final Loc FILE = new Loc(0, 0);
    }

    final String displayName;
    final String fileName;
    final byte[] bytes;
    final String sha256;
    JsonNode root;
    Map<String, Loc> valueLocations = Map.of();
    Map<String, Loc> keyLocations = Map.of();
    SpecKind kind;
    private final ProblemSink sink;

    SpecFile(String displayName, String fileName, byte[] bytes, String sha256, ProblemSink sink) {
        this.displayName = displayName;
        this.fileName = fileName;
        this.bytes = bytes;
        this.sha256 = sha256;
        this.sink = sink;
    }

    /** The file name without its .yaml/.yml extension. */
    String baseName() {
        return fileName.replaceFirst("\\.ya?ml$", "");
    }

    /** Location of the value at a JSON Pointer, or of its nearest located ancestor. */
    Loc valueLoc(String pointer) {
        String p = pointer;
        while (true) {
            Loc loc = valueLocations.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return new Loc(1, 1);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** Location of the key naming the value at a JSON Pointer, falling back to the value's location. */
    Loc keyLoc(String pointer) {
        Loc loc = keyLocations.get(pointer);
        return loc != null ? loc : valueLoc(pointer);
    }

    void problemAt(Loc loc, String message) {
        sink.add(new SpecProblem(displayName, loc.line(), loc.column(), message));
    }

    /** Reports a problem located at the value of {@code pointer}. */
    void problem(String pointer, String message) {
        problemAt(valueLoc(pointer), message);
    }

    /** Reports a problem located at the key of {@code pointer}. */
    void keyProblem(String pointer, String message) {
        problemAt(keyLoc(pointer), message);
    }

    String where(Loc loc) {
        return loc.line() > 0 ? displayName + ":" + loc.line() + ":" + loc.column() : displayName;
    }

    /** Collects problems of all files of one load. */
    interface ProblemSink {
        void add(SpecProblem problem);

        List<SpecProblem> all();
    }
}
