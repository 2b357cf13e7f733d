package io.scopekit.spec;

import static org.assertj.core.api.BDDAssertions.then;
import static org.assertj.core.api.BDDAssertions.thenThrownBy;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

@Execution(value = ExecutionMode.CONCURRENT, reason = "no in-process run: version parsing only")
@ResourceLock("VersionTest") // its own fixtures: its methods stay in its thread, in order
class VersionTest {

    // ------------------------------------------------------------------ examples

    @Test
    void should_order_numerically_per_segment_when_segments_differ_in_length() {
        // GIVEN the gates of seed 000
        Version v5_2 = Version.parse("5.2");
        Version v5_9 = Version.parse("5.9");
        Version v5_21 = Version.parse("5.21");
        // WHEN / THEN 5.21 > 5.9 > 5.2 (not string order)
        then(v5_21).isGreaterThan(v5_9);
        then(v5_9).isGreaterThan(v5_2);
        then(v5_21).isGreaterThan(v5_2);
    }

    @Test
    void should_be_equal_with_same_hash_when_only_trailing_zeros_differ() {
        // GIVEN
        Version a = Version.parse("5.2");
        Version b = Version.parse("5.2.0");
        // WHEN / THEN
        then(a).isEqualTo(b).hasSameHashCodeAs(b);
        then(a.compareTo(b)).isZero();
        then(b.toString()).isEqualTo("5.2.0");
        then(a.segments()).containsExactly(5, 2);
    }

    @Test
    void should_include_the_gate_itself_when_checking_is_at_least() {
        // GIVEN scope.camera is gated at 5.21
        Version gate = Version.parse("5.21");
        // WHEN / THEN the gate is inclusive
        then(Version.parse("5.21").isAtLeast(gate)).isTrue();
        then(Version.parse("5.21.0").isAtLeast(gate)).isTrue();
        then(Version.parse("5.22").isAtLeast(gate)).isTrue();
        then(Version.parse("5.20.9").isAtLeast(gate)).isFalse();
        then(Version.parse("5.9").isAtLeast(gate)).isFalse();
    }

    @Test
    void should_ignore_leading_zeros_when_comparing_segments() {
        then(Version.parse("5.02")).isEqualTo(Version.parse("5.2"));
        then(Version.parse("05.21")).isGreaterThan(Version.parse("5.9"));
    }

    @ParameterizedTest(name = "rejects ''{0}''")
    @ValueSource(strings = {"", "5.", ".5", "5..2", "5.x", "v5.2", "1.2.3.4.5", " 5.2", "5.2 ", "5,2", "-1", "5.2-beta"})
    void should_reject_with_clear_message_when_text_is_malformed(String text) {
        // WHEN / THEN
        thenThrownBy(() -> Version.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'" + text + "' is not a version (expected digits separated by dots, e.g. 5.21)");
        then(Version.tryParse(text)).isEmpty();
    }

    @Test
    void should_reject_with_clear_message_when_text_is_null() {
        thenThrownBy(() -> Version.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("version is missing (expected digits separated by dots, e.g. 5.21)");
    }

    @Test
    void should_reject_when_a_segment_exceeds_nine_digits() {
        thenThrownBy(() -> Version.parse("5.1234567890"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'5.1234567890' is not a version (segment '1234567890' has more than 9 significant digits)");
    }

    // ------------------------------------------------------------------ properties (seeded, reproducible)

    private static final long SEED = 0x5C0BE_C17L;
    private static final int CASES = 1000;

    /** Versions as int segments; small values so that ties and trailing zeros are frequent. */
    static Stream<Arguments> triples() {
        Random random = new Random(SEED);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(
                randomSegments(random), randomSegments(random), randomSegments(random)));
    }

    private static int[] randomSegments(Random random) {
        int length = 1 + random.nextInt(4);
        int[] s = new int[length];
        for (int i = 0; i < length; i++) {
            s[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(random.nextBoolean() ? 3 : 40);
        }
        return s;
    }

    private static Version version(int[] segments) {
        return Version.parse(text(segments));
    }

    private static String text(int[] segments) {
        return Arrays.stream(segments).mapToObj(Integer::toString).collect(Collectors.joining("."));
    }

    /** Reference order: pad to four segments with zeros, compare lexicographically. */
    private static int reference(int[] a, int[] b) {
        return Integer.signum(Arrays.compare(Arrays.copyOf(a, 4), Arrays.copyOf(b, 4)));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("triples")
    void should_order_like_zero_padded_numeric_segments_when_comparing_random_versions(int[] a, int[] b, int[] c) {
        // WHEN / THEN the order is the lexicographic order of the numeric segments, padded with zeros
        then(Integer.signum(version(a).compareTo(version(b)))).as("%s vs %s", text(a), text(b)).isEqualTo(reference(a, b));
        then(Integer.signum(version(b).compareTo(version(c)))).as("%s vs %s", text(b), text(c)).isEqualTo(reference(b, c));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("triples")
    void should_be_antisymmetric_when_comparing_random_versions(int[] a, int[] b, int[] c) {
        Version x = version(a);
        Version y = version(b);
        then(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
        then(x.compareTo(x)).isZero();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("triples")
    void should_be_transitive_when_comparing_random_versions(int[] a, int[] b, int[] c) {
        // GIVEN three versions sorted
        Version[] sorted = Stream.of(a, b, c).map(VersionTest::version).sorted().toArray(Version[]::new);
        // WHEN / THEN x <= y and y <= z imply x <= z
        then(sorted[0].compareTo(sorted[1])).isNotPositive();
        then(sorted[1].compareTo(sorted[2])).isNotPositive();
        then(sorted[0].compareTo(sorted[2])).isNotPositive();
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("triples")
    void should_be_consistent_with_equals_when_comparing_random_versions(int[] a, int[] b, int[] c) {
        Version x = version(a);
        Version y = version(b);
        then(x.compareTo(y) == 0).isEqualTo(x.equals(y));
        if (x.equals(y)) {
            then(x.hashCode()).isEqualTo(y.hashCode());
        }
        then(x.isAtLeast(y)).isEqualTo(x.compareTo(y) >= 0);
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("triples")
    void should_equal_itself_with_trailing_zeros_when_segments_are_appended(int[] a, int[] b, int[] c) {
        // GIVEN a version and the same with ".0" appended up to four segments
        Version x = version(a);
        String padded = text(a) + ".0".repeat(4 - a.length);
        // WHEN
        Version y = Version.parse(padded);
        // THEN
        then(y).isEqualTo(x).hasSameHashCodeAs(x);
        then(y.compareTo(x)).isZero();
    }
}
