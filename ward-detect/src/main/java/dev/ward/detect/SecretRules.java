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
                return compile(RuleBundle.read(bundle), true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in " + RuleBundle.RESOURCE, e);
        }
        return builtInFromYaml();
    }

    /** The YAML files themselves, when no bundle was built (classes compiled outside Maven, as in an IDE). */
    static SecretRules builtInFromYaml() {
        return compile(readBuiltInYaml(SecretRules.class::getResourceAsStream));
    }

    /** Where a built-in rule file is read from: the class path, or a build's classes folder. */
    @FunctionalInterface
    interface RuleFileOpener {
        InputStream open(String file) throws IOException;
    }

    /** Every built-in YAML file as written, in {@link #BUILT_IN_FILES} order, not yet validated. */
    static List<RuleBundle.FileEntries> readBuiltInYaml(RuleFileOpener opener) {
        List<RuleBundle.FileEntries> files = new ArrayList<>();
        for (String file : BUILT_IN_FILES) {
            try (InputStream in = opener.open(file)) {
                if (in == null) {
                    throw new IllegalStateException("built-in " + file + " is missing from the class path");
                }
                files.add(new RuleBundle.FileEntries(file, SecretRuleFile.readYaml(file, in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read built-in " + file, e);
            }
        }
        return files;
    }

    /** Validates and compiles the built-in files; an id may be defined in only one of them. */
    static SecretRules compile(List<RuleBundle.FileEntries> files) {
        return compile(files, false);
    }

    /** As {@link #compile(List)}; the bundle's patterns, checked when Ward was built, are compiled on first use. */
    private static SecretRules compile(List<RuleBundle.FileEntries> files, boolean validatedAtBuild) {
        Map<String, SecretRule> byId = new LinkedHashMap<>();
        for (RuleBundle.FileEntries file : files) {
            SecretRuleFile.Parsed parsed = SecretRuleFile.compileAll(file.source(), file.entries(), validatedAtBuild);
            for (SecretRule rule : parsed.rules()) {
                if (byId.putIfAbsent(rule.id(), rule) != null) {
                    throw new IllegalStateException("built-in rule " + rule.id() + " is defined twice; again in "
                            + file.source());
                }
            }
            parsed.disabled().forEach(byId::remove);
        }
        return new SecretRules(new ArrayList<>(byId.values()));
    }
}
