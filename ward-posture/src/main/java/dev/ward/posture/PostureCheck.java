package dev.ward.posture;

import dev.ward.core.Check;
import java.util.List;

/**
 * One misconfiguration rule over one kind of parsed document. Every check is listed once in
 * {@code META-INF/services/dev.ward.posture.PostureCheck}; the scanner hands each document only to the checks whose
 * {@link #documentType()} it is.
 *
 * @param <D> the parsed document this check reads
 */
public interface PostureCheck<D extends PostureDocument> extends Check {

    Class<D> documentType();

    /** The violations in one document; an empty list when it is configured well. Must not throw on odd input. */
    List<Violation> inspect(D document);

    /** Ids of peer tools' rules that test the same thing, for example {@code CKV_AWS_122}. */
    default List<String> equivalents() {
        return List.of();
    }
}
