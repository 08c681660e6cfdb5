package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    private static List<String> hits(KeywordAutomaton automaton, String text) {
        List<String> found = new ArrayList<>();
        automaton.scan(text, (keyword, end) -> found.add(automaton.keywords().get(keyword) + "@" + end));
        return found;
    }

    @Test
    void findsOverlappingKeywordsCaseInsensitively() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "his", "hers"));
        assertThat(hits(automaton, "uSHErs")).containsExactlyInAnyOrder("she@4", "he@4", "hers@6");
    }

    @Test
    void nonAsciiCharactersBreakAMatch() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("sk-"));
        assertThat(hits(automaton, "s\u00e9k-")).isEmpty();
        assertThat(hits(automaton, "\u00e9sk-")).containsExactly("sk-@4");
    }

    @Test
    void agreesWithANaiveSearchOnRandomText() {
        List<String> keywords = List.of("ab", "abc", "bca", "c", "aab", "cab-", "-");
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        Random random = new Random(42);
        String alphabet = "abcABC-x\u00e9";
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<String> expected = naiveHits(keywords, text.toString());
            assertThat(hits(automaton, text.toString())).as(text.toString()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void bytePrefilterAgreesWithANaiveSearchForKeywordsThatShareTheirFirstBytes() {
        // Keywords of three to twelve bytes, several sharing their first four or eight bytes with each other and with
        // common words, so that every stage of the byte scan (bitmaps, exact prefix set, trie) decides some positions.
        List<String> keywords = List.of("abc", "abca", "abcab", "private_key", "private_token", "priv", "b_c-a",
                "cab:", "aab-cab-ab", "xyz", "ab_ab_ab", "ab_ab_ab_c");
        KeywordAutomaton automaton = new KeywordAutomaton(keywords);
        Random random = new Random(7);
        String alphabet = "abcABC_-:x \u00e9";
        String[] words = {"private_key", "PRIVATE_TOKEN", "private ", "Priv", "ab_ab_ab_c", "AB_AB_AB", "abcab", "cab:"};
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 80) {
                if (random.nextInt(4) == 0) {
                    text.append(words[random.nextInt(words.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            List<String> expected = naiveHits(keywords, text.toString());
            // Latin-1 bytes: one byte a char, so byte ends are char ends; the accented letter is a byte above 0x7f.
            byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            List<String> found = new ArrayList<>();
            automaton.scan(bytes, 0, bytes.length, (keyword, end) -> found.add(automaton.keywords().get(keyword) + "@" + end));
            assertThat(found).as(text.toString()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** Every keyword occurrence found by trying each keyword at each end offset, as "keyword@end". */
    private static List<String> naiveHits(List<String> keywords, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> hits = new ArrayList<>();
        for (int end = 1; end <= lower.length(); end++) {
            for (String keyword : keywords) {
                if (end >= keyword.length() && lower.startsWith(keyword, end - keyword.length())) {
                    hits.add(keyword + "@" + end);
                }
            }
        }
        return hits;
    }
}
