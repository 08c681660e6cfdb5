package dev.ward.detect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The set of secret rules Ward uses: the built-in {@code secret-rules.yaml}, optionally with a user file on top whose
 * rules add to or replace built-in ones by id (and {@code disabled: true} removes one).
 */
public final class SecretRules {

    static final String BUILT_IN = "secret-rules.yaml";
    /** The built-in rule files, by provider family; an id may be defined in only one of them. */
    static final List<String> BUILT_IN_FILES = List.of(BUILT_IN, "secret-rules-ai.yaml", "secret-rules-cloud.yaml",
            "secret-rules-devtools.yaml", "secret-rules-saas.yaml", "secret-rules-generic.yaml");

    private static final class Standard {
        static final SecretRules RULES = builtIn();
    }

    private final List<SecretRule> rules;

    private SecretRules(List<SecretRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The built-in rules. */
    public static SecretRules standard() {
        return Standard.RULES;
    }

    /** The built-in rules with the rules in {@code userFile} added or overriding by id. */
    public static SecretRules load(Path userFile) {
        return standard().withOverrides(userFile);
    }

    /** Only the rules in one YAML stream, without the built-in ones. */
    public static SecretRules parse(String sourceName, InputStream yaml) {
        return new SecretRules(List.of()).merge(SecretRuleFile.parse(sourceName, yaml));
    }

    /** These rules with the rules in {@code userFile} added, replaced or disabled by id. */
    public SecretRules withOverrides(Path userFile) {
        try (InputStream in = Files.newInputStream(userFile)) {
            return merge(SecretRuleFile.parse(userFile.toString(), in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secret rules " + userFile, e);
        }
    }

    public List<SecretRule> rules() {
        return rules;
    }

    public Optional<SecretRule> find(String id) {
        return rules.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    public int size() {
        return rules.size();
    }

    private SecretRules merge(SecretRuleFile.Parsed parsed) {
        Map<String, SecretRule> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.put(rule.id(), rule));
        parsed.rules().forEach(rule -> byId.put(rule.id(), rule));
        parsed.disabled().forEach(byId::remove);
        return new SecretRules(new ArrayList<>(byId.values()));
    }

    private static SecretRules builtIn() {
        try (InputStream bundle = SecretRules.class.getResourceAsStream(RuleBundle.RESOURCE)) {
            if (bundle != null) {
                List<SecretRuleFile.Parsed> files = new ArrayList<>();
                for (RuleBundle.FileEntries file : RuleBundle.read(bundle)) {
                    files.add(SecretRuleFile.compileAll(file.source(), file.entries()));
                }
                return builtIn(files);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + RuleBundle.RESOURCE, e);
        }
        return builtInFromYaml();
    }

    /** The YAML files themselves, when no bundle was built (classes compiled outside Maven, as in an IDE). */
    static SecretRules builtInFromYaml() {
        List<SecretRuleFile.Parsed> files = new ArrayList<>();
        for (String file : BUILT_IN_FILES) {
            try (InputStream in = SecretRules.class.getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("built-in " + file + " is missing from the class path");
                }
                files.add(SecretRuleFile.parse(file, in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return builtIn(files);
    }

    private static SecretRules builtIn(List<SecretRuleFile.Parsed> files) {
        Map<String, SecretRule> byId = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            for (SecretRule rule : files.get(i).rules()) {
                if (byId.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalStateException("built-in rule " + rule.id() + " is defined twice; again in "
                            + BUILT_IN_FILES.get(i));
                }
            }
            files.get(i).disabled().forEach(byId::remove);
        }
        return new SecretRules(new ArrayList<>(byId.values()));
    }
}
