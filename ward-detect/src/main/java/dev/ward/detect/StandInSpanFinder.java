package dev.ward.detect;

import dev.ward.core.SensitiveSpan;
import dev.ward.core.SensitiveSpanFinder;
import java.util.List;

/** TEMPORARY stand-in: lets core's Redactor mask what the stand-in ContentScanner finds. */
public final class StandInSpanFinder implements SensitiveSpanFinder {

    @Override
    public List<SensitiveSpan> find(CharSequence text) {
        return ContentScanner.standard().scan(text).stream()
                .filter(d -> d.category() != Category.CHAT_TRANSCRIPT)
                .map(d -> new SensitiveSpan(d.start(), d.end(), d.ruleId()))
                .toList();
    }
}
