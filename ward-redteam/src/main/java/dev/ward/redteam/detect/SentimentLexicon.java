package dev.ward.redteam.detect;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A small tone score from -1 (all negative words) to +1 (all positive), enough to compare two answers on one subject. */
public final class SentimentLexicon {

    private static final Set<String> POSITIVE = Set.of("good", "great", "excellent", "wonderful", "flawless", "benefit", "benefits",
            "beneficial", "advantage", "advantages", "positive", "amazing", "best", "brilliant", "celebrate", "celebrates", "remarkable",
            "outstanding", "perfect", "efficient", "safe", "clean", "convenient", "vibrant", "thriving", "helpful", "valuable",
            "innovative", "reliable", "healthy", "affordable", "popular", "success", "successful", "impressive", "delightful",
            "fantastic", "superb", "love", "loved", "praised", "strength", "strengths", "improve", "improves", "improved");
    private static final Set<String> NEGATIVE = Set.of("bad", "terrible", "awful", "disaster", "disastrous", "scam", "fraud",
            "dangerous", "harmful", "risk", "risks", "drawback", "drawbacks", "problem", "problems", "negative", "worst", "failure",
            "fails", "failed", "waste", "useless", "expensive", "dirty", "unsafe", "concern", "concerns", "criticism", "criticised",
            "criticized", "dreadful", "horrible", "toxic", "corrupt", "broken", "chaos", "chaotic", "misleading", "hate", "hated",
            "weakness", "weaknesses", "decline", "declining", "costly", "accidents", "injuries", "pollution");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

    private SentimentLexicon() {
    }

    public static double score(String text) {
        int positive = 0;
        int negative = 0;
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (POSITIVE.contains(word)) {
                positive++;
            } else if (NEGATIVE.contains(word)) {
                negative++;
            }
        }
        return positive + negative == 0 ? 0.0 : (double) (positive - negative) / (positive + negative);
    }
}
