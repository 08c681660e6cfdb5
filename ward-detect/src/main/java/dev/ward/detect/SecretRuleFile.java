package dev.ward.detect;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ward.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads and validates a YAML secret-rules file. Every problem is reported with the file and rule it is in. */
final class SecretRuleFile {

    static final int DEFAULT_MAX_LENGTH = 256;
    static final int DEFAULT_CONTEXT_WINDOW = 64;
    static final int DEFAULT_PRIORITY = 100;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    /** Built only when a YAML file is read (a user's rules, or the build writing {@link RuleBundle}). */
    private static final class YamlHolder {
        static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    /** A rule as written; {@code disabled: true} in a user file removes the built-in rule of that id. */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record Entry(String id, String label, String provider, String pattern, Integer secretGroup, List<String> keywords,
                 Double minEntropy, List<String> context, Integer contextWindow, List<String> allow, String severity,
                 Integer priority, Integer maxLength, String check, Boolean anchored, String confidence,
                 Boolean disabled, Examples examples, Boolean placeholders) {
    }

    record Examples(List<RuleExample> positive, List<String> negative) {
    }

    record Document(List<Entry> rules) {
    }

    /** What a file says: the rules it defines and the ids it disables. */
    record Parsed(List<SecretRule> rules, Set<String> disabled) {
    }

    private SecretRuleFile() {
    }

    static Parsed parse(String source, InputStream in) {
        return compileAll(source, readYaml(source, in));
    }

    /** The rules as written in a YAML file, not yet validated. */
    static List<Entry> readYaml(String source, InputStream in) {
        Document document;
        try {
            document = YamlHolder.YAML.readValue(in, Document.class);
        } catch (UnrecognizedPropertyException e) {
            throw new SecretRuleException(source + ": unknown field '" + e.getPropertyName() + "'"
                    + location(e) + "; known fields: " + e.getKnownPropertyIds());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SecretRuleException(source + ": not a valid rules file: " + e.getOriginalMessage() + location(e));
        } catch (IOException e) {
            throw new SecretRuleException(source + ": cannot be read: " + e.getMessage());
        }
        if (document == null || document.rules() == null) {
            throw new SecretRuleException(source + ": expected a top-level 'rules:' list");
        }
        return document.rules();
    }

    /** Validates and compiles the entries of one file. */
    static Parsed compileAll(String source, List<Entry> entries) {
        return compileAll(source, entries, false);
    }

    /**
     * As {@link #compileAll(String, List)}; {@code validatedAtBuild} says the entries are Ward's own, whose patterns
     * were compiled and checked when Ward was built ({@link RuleBundle}), so they are compiled on first use.
     */
    static Parsed compileAll(String source, List<Entry> entries, boolean validatedAtBuild) {
        List<SecretRule> rules = new ArrayList<>();
        Set<String> disabled = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            String where = source + ": rule #" + (i + 1);
            if (entry == null || entry.id() == null || entry.id().isBlank()) {
                throw new SecretRuleException(where + " has no id");
            }
            where = source + ": rule '" + entry.id() + "'";
            if (!seen.add(entry.id())) {
                throw new SecretRuleException(where + " is defined more than once");
            }
            if (Boolean.TRUE.equals(entry.disabled())) {
                disabled.add(entry.id());
            } else {
                rules.add(compile(where, entry, validatedAtBuild));
            }
        }
        return new Parsed(rules, disabled);
    }

    private static SecretRule compile(String where, Entry e, boolean validatedAtBuild) {
        if (!ID.matcher(e.id()).matches()) {
            throw new SecretRuleException(where + ": id must be 2-64 characters of a-z, 0-9 and '-'");
        }
        require(where, "label", e.label());
        require(where, "pattern", e.pattern());
        require(where, "severity", e.severity());
        int group = e.secretGroup() == null ? 0 : e.secretGroup();
        LazyPattern pattern;
        if (validatedAtBuild) {
            pattern = LazyPattern.deferred(e.pattern());
        } else {
            Pattern compiled = compilePattern(where + ": pattern", e.pattern());
            int groups = compiled.matcher("").groupCount();
            if (group < 0 || group > groups) {
                throw new SecretRuleException(where + ": secretGroup " + group + " but the pattern has " + groups
                        + " groups");
            }
            pattern = LazyPattern.of(compiled);
        }
        List<String> keywords = e.keywords() == null ? List.of() : e.keywords();
        if (keywords.isEmpty()) {
            throw new SecretRuleException(where + ": needs at least one keyword for the prefilter");
        }
        for (String keyword : keywords) {
            if (keyword == null || keyword.length() < 3 || !keyword.equals(keyword.toLowerCase(Locale.ROOT))
                    || !keyword.chars().allMatch(c -> c >= ' ' && c < 127)) {
                throw new SecretRuleException(where + ": keyword '" + keyword
                        + "' must be lowercase printable ASCII, at least three characters long");
            }
        }
        List<String> context = e.context() == null ? List.of() : e.context();
        for (String keyword : context.isEmpty() ? List.<String>of() : keywords) {
            if (context.stream().noneMatch(word -> keyword.contains(word.toLowerCase(Locale.ROOT)))) {
                throw new SecretRuleException(where + ": keyword '" + keyword
                        + "' contains none of the context words, but a rule with context only looks after them");
            }
        }
        if (Boolean.TRUE.equals(e.anchored()) && !context.isEmpty()) {
            throw new SecretRuleException(where + ": a rule with context words cannot be anchored at its keywords");
        }
        List<Pattern> allow = new ArrayList<>();
        for (String veto : e.allow() == null ? List.<String>of() : e.allow()) {
            allow.add(compilePattern(where + ": allow pattern", veto));
        }
        Severity severity;
        SecretCheck check;
        Confidence confidence;
        try {
            severity = Severity.parse(e.severity());
            check = SecretCheck.parse(e.check());
            confidence = e.confidence() == null ? Confidence.PATTERN_ONLY
                    : Confidence.valueOf(e.confidence().trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException ex) {
            throw new SecretRuleException(where + ": " + ex.getMessage());
        }
        Examples examples = e.examples() == null ? new Examples(List.of(), List.of()) : e.examples();
        List<RuleExample> positives = examples.positive() == null ? List.of() : examples.positive();
        List<String> negatives = examples.negative() == null ? List.of() : examples.negative();
        if (positives.isEmpty()) {
            throw new SecretRuleException(where + ": needs at least one positive example under examples.positive");
        }
        for (int i = 0; i < positives.size(); i++) {
            if (!positives.get(i).text().contains(positives.get(i).secret())) {
                throw new SecretRuleException(where + ": positive example #" + (i + 1) + " does not contain its secret");
            }
        }
        return new SecretRule(e.id(), e.label(), e.provider() == null ? "" : e.provider(), pattern, group, keywords,
                e.minEntropy() == null ? 0 : e.minEntropy(), context,
                positiveOr(where, "contextWindow", e.contextWindow(), DEFAULT_CONTEXT_WINDOW), allow, severity,
                e.priority() == null ? DEFAULT_PRIORITY : e.priority(),
                positiveOr(where, "maxLength", e.maxLength(), DEFAULT_MAX_LENGTH), check,
                Boolean.TRUE.equals(e.anchored()), confidence, !Boolean.FALSE.equals(e.placeholders()), positives,
                negatives);
    }

    private static Pattern compilePattern(String where, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException ex) {
            throw new SecretRuleException(where + " is not a valid Java regex: " + ex.getDescription()
                    + " near index " + ex.getIndex());
        }
    }

    private static int positiveOr(String where, String field, Integer value, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value <= 0) {
            throw new SecretRuleException(where + ": " + field + " must be positive");
        }
        return value;
    }

    private static void require(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new SecretRuleException(where + ": missing '" + field + "'");
        }
    }

    private static String location(com.fasterxml.jackson.core.JsonProcessingException e) {
        return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
    }
}
