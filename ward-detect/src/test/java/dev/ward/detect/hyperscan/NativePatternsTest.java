package dev.ward.detect.hyperscan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The FFM binding of libhs.so.5 (Debian's libvectorscan5, installed by scripts/test), against the real library. */
class NativePatternsTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static List<String> events(NativePatterns patterns, String text, int from, int to) {
        MatchEvents events = new MatchEvents();
        assertThat(patterns.scan(bytes(text), from, to, events)).isTrue();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            found.add(events.id(i) + "@" + events.end(i));
        }
        return found;
    }

    @Test
    void reportsEveryMatchByIdAndEndInOrder() {
        NativePatterns patterns = NativePatterns.compile(List.of(
                NativePattern.literal("key", NativePattern.CASELESS, 7),
                NativePattern.literal("a.b", 0, 3),
                new NativePattern("[0-9]{3}", 0, 1))).orElseThrow();
        assertThat(events(patterns, "KEY a.b axb key 1234", 0, 20))
                .containsExactly("7@3", "3@7", "7@15", "1@19", "1@20");
    }

    @Test
    void offsetsAreRelativeToTheStartOfTheRange() {
        NativePatterns patterns = NativePatterns.compile(List.of(NativePattern.literal("ab", 0, 0))).orElseThrow();
        assertThat(events(patterns, "abXXab", 2, 6)).containsExactly("0@4");
        assertThat(events(patterns, "abXXab", 0, 0)).isEmpty();
    }

    @Test
    void singleMatchReportsOnlyTheFirst() {
        NativePatterns patterns = NativePatterns.compile(List.of(
                new NativePattern("%[0-9A-F]{2}", NativePattern.SINGLE_MATCH, 0))).orElseThrow();
        assertThat(events(patterns, "a%41b%42", 0, 8)).containsExactly("0@4");
    }

    @Test
    void literalsAreEscapedWhole() {
        NativePatterns patterns = NativePatterns.compile(List.of(NativePattern.literal("(a+)*", 0, 0))).orElseThrow();
        assertThat(events(patterns, "aaa (a+)* aa", 0, 12)).containsExactly("0@9");
    }

    @Test
    void aRejectedExpressionIsNamed() {
        assertThatThrownBy(() -> NativePatterns.compile(List.of(new NativePattern("a(?=b)", 0, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("/a(?=b)/");
        assertThatThrownBy(() -> NativePatterns.compile(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NativePattern.literal("café", 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tooManyMatchesAreReportedAsIncomplete() {
        NativePatterns patterns = NativePatterns.compile(List.of(new NativePattern("a", 0, 0))).orElseThrow();
        byte[] text = bytes("a".repeat(MatchEvents.CAPACITY + 10));
        MatchEvents events = new MatchEvents();
        assertThat(patterns.scan(text, 0, text.length, events)).isFalse();
        assertThat(patterns.scan(text, 0, 100, events)).isTrue();
        assertThat(events.size()).isEqualTo(100);
    }

    @Test
    void concurrentScansEachGetTheirOwnMatches() throws Exception {
        NativePatterns patterns = NativePatterns.compile(List.of(NativePattern.literal("x", 0, 0))).orElseThrow();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int n = 1000 + t;
                counts.add(pool.submit(() -> {
                    byte[] text = bytes("x.".repeat(n));
                    MatchEvents events = new MatchEvents();
                    for (int round = 0; round < 20; round++) {
                        assertThat(patterns.scan(text, 0, text.length, events)).isTrue();
                    }
                    return events.size();
                }));
            }
            for (int t = 0; t < counts.size(); t++) {
                assertThat(counts.get(t).get()).isEqualTo(1000 + t);
            }
        }
    }

    @Test
    void textsLongerThanTheKeptBufferAreScannedWhole() {
        NativePatterns patterns = NativePatterns.compile(List.of(NativePattern.literal("needle", 0, 4))).orElseThrow();
        byte[] text = bytes(".".repeat(6 << 20) + "needle" + ".".repeat(10));
        MatchEvents events = new MatchEvents();
        assertThat(patterns.scan(text, 0, text.length, events)).isTrue();
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.end(0)).isEqualTo((6 << 20) + 6);
        assertThat(events(patterns, "a needle", 0, 8)).containsExactly("4@8");
    }

    @Test
    void reportsTheLibraryVersion() {
        assertThat(NativePatterns.version()).hasValueSatisfying(v -> assertThat(v).matches("\\d+\\.\\d+\\.\\d+.*"));
    }
}
