package dev.ward.surface.enrich;

import dev.ward.core.Asset;
import dev.ward.core.Finding;
import dev.ward.core.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Development, staging and test instances are exposed more often and guarded less: debug settings, default
 * credentials, copies of production data. A name that says so (a host name {@code ch-dev.internal}, a display name
 * {@code staging-2}, a banner) raises a finding's severity one step, up to critical, and says why.
 *
 * <p>Names are split into words at every non-letter-or-digit, so {@code latest} or {@code contest} never match;
 * a stage word may carry digits ({@code qa01}).
 */
public final class StageHints {

    /** The finding property that carries the note; its presence also keeps a finding from being raised twice. */
    public static final String PROPERTY = "stage";
    public static final String NOTE = "development instance";

    /** Asset attributes, as probes set them, that may name the instance's stage. */
    public static final List<String> ATTRIBUTES = List.of("hostname", "displayName", "banner", "serverName", "clusterName",
            "instanceName", "environment");

    private static final Pattern STAGE_WORD = Pattern.compile(
            "(dev|devel|develop|development|staging|stage|stg|test|testing|qa|uat|sandbox|debug)[0-9]*");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Alnum}]+");

    private StageHints() {
    }

    /** The first stage word in {@code text}, lower-cased, if any. */
    public static Optional<String> stageWord(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        for (String word : SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            if (STAGE_WORD.matcher(word).matches()) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    /** Where a stage word was seen, for example {@code hostname 'ch-dev.internal'}, searched in the given names. */
    public static Optional<String> evidence(Map<String, String> names) {
        for (Map.Entry<String, String> name : names.entrySet()) {
            Optional<String> word = stageWord(name.getValue());
            if (word.isPresent()) {
                return Optional.of(name.getKey() + " '" + name.getValue() + "' says " + word.get());
            }
        }
        return Optional.empty();
    }

    /** The names of an asset that may say its stage, in {@link #ATTRIBUTES} order. */
    public static Map<String, String> namesOf(Asset asset) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String attribute : ATTRIBUTES) {
            String value = asset.attribute(attribute);
            if (value != null) {
                names.put(attribute, value);
            }
        }
        return names;
    }

    /** The finding raised one step (at most critical) with the note, or unchanged when nothing says development. */
    public static Finding enrich(Finding finding, Map<String, String> names) {
        if (finding.properties().containsKey(PROPERTY)) {
            return finding;
        }
        Map<String, String> all = new LinkedHashMap<>(names);
        namesOf(finding.asset()).forEach(all::putIfAbsent);
        Optional<String> why = evidence(all);
        if (why.isEmpty()) {
            return finding;
        }
        Map<String, String> properties = new TreeMap<>(finding.properties());
        properties.put(PROPERTY, NOTE + " (" + why.get() + ")");
        String note = NOTE + ": " + why.get() + "; such instances are often less guarded";
        String message = finding.message().isBlank() ? note : finding.message() + " [" + note + "]";
        return new Finding(finding.ruleId(), finding.title(), raise(finding.severity()), finding.asset(), message,
                finding.evidence(), finding.remediation(), finding.controls(), finding.location(), properties,
                finding.fingerprint());
    }

    static Severity raise(Severity severity) {
        Severity[] all = Severity.values();
        return all[Math.min(all.length - 1, severity.ordinal() + 1)];
    }
}
