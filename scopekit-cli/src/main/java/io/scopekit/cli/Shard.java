package io.scopekit.cli;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.engine.support.descriptor.UriSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * Selects shard {@code K} of {@code N}: a scenario belongs to the shard its stable key hashes to.
 *
 * <p>The key is the feature path below {@code features/} plus the scenario's (or examples row's) line, so it
 * is the same whether the features come from the jar or a directory, on every machine and JVM; N CI jobs
 * with the same kit therefore partition one suite exactly.
 */
final class Shard implements PostDiscoveryFilter {

    private static final Pattern SPEC = Pattern.compile("(\\d+)/(\\d+)");

    final int index;
    final int count;

    Shard(int index, int count) {
        this.index = index;
        this.count = count;
    }

    /** Parses {@code K/N} with {@code 1 <= K <= N}. */
    static Shard parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("--shard must be K/N (e.g. 2/4), got '" + spec + "'");
        }
        int k = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        if (n < 1 || k < 1 || k > n) {
            throw new IllegalArgumentException("--shard K/N needs 1 <= K <= N, got '" + spec + "'");
        }
        return new Shard(k, n);
    }

    /** Returns the 1-based shard a scenario key belongs to. */
    static int shardOf(String key, int count) {
        CRC32 crc = new CRC32();
        crc.update(key.getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count) + 1;
    }

    /** Returns the stable key of a scenario descriptor, or empty when it has no file position. */
    static Optional<String> key(TestDescriptor descriptor) {
        Optional<TestSource> source = descriptor.getSource();
        if (source.isEmpty()) {
            return Optional.empty();
        }
        String path;
        Optional<FilePosition> position;
        if (source.get() instanceof ClasspathResourceSource c) {
            path = c.getClasspathResourceName();
            position = c.getPosition();
        } else if (source.get() instanceof FileSource f) {
            path = f.getFile().toURI().getPath();
            position = f.getPosition();
        } else if (source.get() instanceof UriSource u) {
            path = u.getUri().getPath() == null ? u.getUri().toString() : u.getUri().getPath();
            position = Optional.empty();
            String query = u.getUri().getQuery();
            if (query != null && query.startsWith("line=")) {
                position = Optional.of(FilePosition.from(Integer.parseInt(query.replaceAll("line=(\\d+).*", "$1"))));
            }
        } else {
            return Optional.empty();
        }
        int cut = path.lastIndexOf("features/");
        String relative = cut >= 0 ? path.substring(cut + "features/".length()) : path;
        return Optional.of(relative + ":" + position.map(FilePosition::getLine).orElse(0));
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!descriptor.isTest()) {
            return FilterResult.included("container");
        }
        String key = key(descriptor).orElse(descriptor.getUniqueId().toString());
        int shard = shardOf(key, count);
        return FilterResult.includedIf(shard == index, () -> "shard " + index + "/" + count,
                () -> "belongs to shard " + shard + "/" + count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
