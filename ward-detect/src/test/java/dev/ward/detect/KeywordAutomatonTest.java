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
            String lower = text.toString().toLowerCase(Locale.ROOT);
            List<String> expected = new ArrayList<>();
            for (int end = 1; end <= lower.length(); end++) {
                for (String keyword : keywords) {
                    if (end >= keyword.length() && lower.startsWith(keyword, end - keyword.length())) {
                        expected.add(keyword + "@" + end);
                    }
                }
            }
            assertThat(hits(automaton, text.toString())).as(text.toString()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
