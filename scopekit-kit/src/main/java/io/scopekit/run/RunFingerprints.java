package io.scopekit.run;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

import io.scopekit.content.KitContent;
import io.scopekit.report.RunInfo.FileHash;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fingerprints the kit content a run used, for the run record and the certificate. */
@API(status = INTERNAL)
public final class RunFingerprints {

    private RunFingerprints() {}

    /** Returns the platform ids: file names of the platform specs without {@code .yaml}. */
    public static List<String> platformIds(Map<String, byte[]> specs) {
        return specs.keySet().stream().filter(p -> !p.contains("/"))
                .map(p -> p.replaceFirst("\\.ya?ml$", "")).sorted().toList();
    }

    /** Fingerprints files of one kind. */
    public static List<FileHash> hashes(String kind, Map<String, byte[]> files) {
        List<FileHash> out = new ArrayList<>();
        files.forEach((path, bytes) -> out.add(new FileHash(kind, path, KitContent.sha256(bytes))));
        return out;
    }
}
