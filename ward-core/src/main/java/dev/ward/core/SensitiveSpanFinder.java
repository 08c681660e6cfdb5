package dev.ward.core;

import java.util.List;

/**
 * Finds the secrets and personal data in a text so that {@link Redactor} can mask them.
 * Implementations are registered with {@link java.util.ServiceLoader}; {@code ward-detect} provides the standard one.
 */
public interface SensitiveSpanFinder {

    List<SensitiveSpan> find(CharSequence text);
}
