package dev.ward.secrets.source;

import dev.ward.secrets.content.SecretHit;
import java.util.List;

/** Somewhere secrets may be: a folder, a git history, standard input. Each turns itself into content to scan. */
public interface SecretSource {

    /** What is being scanned, for messages: {@code folder src}, {@code git history of .}. */
    String describe();

    /** Hands every piece of content to the context; blocks while scanning falls behind. Problems go to the sink. */
    void feed(SourceContext context);

    /** A last look at the hits, once all content is scanned: git history adds the commit that introduced each. */
    default List<SecretHit> finish(List<SecretHit> hits) {
        return hits;
    }
}
