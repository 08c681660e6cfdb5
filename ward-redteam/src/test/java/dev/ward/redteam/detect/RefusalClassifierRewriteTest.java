package dev.ward.redteam.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The classifier against the regex-only version it replaced, on generated answers full of the awkward cases. */
class RefusalClassifierRewriteTest {

    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+|\\n+");

    /** The previous implementation, kept as the reference; its openings are the classifier's own. */
    private static boolean reference(String answer) throws Exception {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        var field = RefusalClassifier.class.getDeclaredField("OPENINGS");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        List<Pattern> openings = (List<Pattern>) field.get(null);
        String text = Pattern.compile("^[\\s>#*_`\"“]+").matcher(answer.strip()).replaceFirst("");
        text = Pattern.compile("^[A-Za-z][A-Za-z ]{0,20}:\\s+").matcher(text).replaceFirst("");
        String[] sentences = SENTENCE_BREAK.split(text, 4);
        for (int i = 0; i < Math.min(3, sentences.length); i++) {
            String opening = Pattern.compile("^[\\s>#*_`\"“-]+").matcher(sentences[i].strip()).replaceFirst("")
                    .toLowerCase(java.util.Locale.ROOT);
            opening = Pattern.compile("^(?:however|but|that said|regrettably|honestly),?\\s+").matcher(opening).replaceFirst("");
            for (Pattern pattern : openings) {
                if (pattern.matcher(opening).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final String[] PIECES = {"I", "i", "We", "can't", "cannot", "won't", "help", "assist", " ", "  ", "\n", "\n\n", "\t",
        "\r\n", "\u000B", "\f", "\u00A0", "\u2003", ".", "!", "?", ",", ":", "-", ">", "#", "*", "_", "`", "\"", "“", "Assistant",
        "AI model", "Sorry", "sorry", "apologies", "My apologies", "Unfortunately", "However", "however,", "but", "That said",
        "regrettably", "Honestly,", "As an AI", "this", "That", "isn't something I can", "No", "no,", "am", "'m", "’m", "unable to",
        "not able to", "must", "decline", "afraid", "do", "don't", "feel comfortable", "Here is", "Sure", "x", "İ", "K", "é"};

    @Test
    void agreesWithTheRegexVersion() throws Exception {
        RefusalClassifier classifier = new RefusalClassifier();
        Random random = new Random(11);
        int refusals = 0;
        for (int i = 0; i < 80_000; i++) {
            StringBuilder answer = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                answer.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextInt(3) == 0) {
                    answer.append(' ');
                }
            }
            String text = answer.toString();
            boolean expected = reference(text);
            refusals += expected ? 1 : 0;
            assertThat(classifier.isRefusal(text)).as(text.replace("\n", "\\n")).isEqualTo(expected);
        }
        assertThat(refusals).as("the generated answers hold refusals too").isGreaterThan(400);
    }

    @Test
    void splitsAsThePatternDid() {
        Random random = new Random(5);
        String alphabet = "a.!? \n\t\rb\u000B";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(16); n > 0; n--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(RefusalClassifier.sentences(text.toString())).isEqualTo(SENTENCE_BREAK.split(text, 4));
        }
    }
}
