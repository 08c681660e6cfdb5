package dev.ward.models.pickle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ward's verdict on one pickle import, from the rules in {@code pickle-globals.txt}: dangerous (deny list or a
 * code-running callable name), safe (allow list of data constructors), or unknown.
 */
public final class GlobalPolicy {

    public enum Safety { SAFE, UNKNOWN, DANGEROUS }

    public record Verdict(Safety safety, String reason) {
    }

    private record Rule(String module, String name, String reason) {
    }

    private static final GlobalPolicy STANDARD = load("pickle-globals.txt");

    private final Map<String, String> aliases = new HashMap<>();
    private final List<Rule> denied = new ArrayList<>();
    private final Map<String, String> verbs = new HashMap<>();
    private final List<Rule> allowed = new ArrayList<>();

    public static GlobalPolicy standard() {
        return STANDARD;
    }

    /** The module as Python 3 would import it: {@code posix} is {@code os}, {@code __builtin__} is {@code builtins}. */
    public String canonicalModule(String module) {
        String head = module;
        String tail = "";
        int dot = module.indexOf('.');
        if (dot > 0 && !aliases.containsKey(module)) {
            head = module.substring(0, dot);
            tail = module.substring(dot);
        }
        return aliases.getOrDefault(head, head) + tail;
    }

    public Verdict judge(String writtenModule, String name) {
        String module = canonicalModule(writtenModule);
        for (Rule rule : denied) {
            boolean moduleMatches = rule.name.equals("*")
                    ? module.equals(rule.module) || module.startsWith(rule.module + ".")
                    : module.equals(rule.module);
            boolean nameMatches = rule.name.equals("*") || name.equals(rule.name) || name.startsWith(rule.name + ".");
            if (moduleMatches && nameMatches) {
                return new Verdict(Safety.DANGEROUS, rule.reason);
            }
        }
        String lastSegment = name.substring(name.lastIndexOf('.') + 1);
        String verb = verbs.get(lastSegment);
        if (verb != null) {
            return new Verdict(Safety.DANGEROUS, verb);
        }
        for (Rule rule : allowed) {
            if (module.equals(rule.module) && nameFits(rule.name, name)) {
                return new Verdict(Safety.SAFE, "known data constructor");
            }
        }
        return new Verdict(Safety.UNKNOWN, "not on Ward's list of known-safe imports");
    }

    private static boolean nameFits(String pattern, String name) {
        if (pattern.equals("*")) {
            return true;
        }
        return pattern.startsWith("*") ? name.endsWith(pattern.substring(1)) && name.indexOf('.') < 0 : pattern.equals(name);
    }

    static GlobalPolicy load(String resource) {
        GlobalPolicy policy = new GlobalPolicy();
        try (InputStream in = GlobalPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                policy.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return policy;
    }

    private void add(String line) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
            return;
        }
        String reason = "";
        int dashes = text.indexOf(" -- ");
        if (dashes > 0) {
            reason = text.substring(dashes + 4).strip();
            text = text.substring(0, dashes).strip();
        }
        String[] f = text.split("\\s+");
        switch (f[0]) {
            case "alias" -> aliases.put(f[1], f[2]);
            case "deny" -> denied.add(new Rule(f[1], f[2], reason));
            case "verb" -> verbs.put(f[1], reason);
            case "allow" -> allowed.add(new Rule(f[1], f[2], reason));
            default -> throw new IllegalStateException("unknown rule: " + line);
        }
    }
}
