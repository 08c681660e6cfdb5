package dev.ward.detect;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in rule files in a compact binary form, written at build time (Maven's process-classes phase runs
 * {@link #main}) so that start-up reads the rules without a YAML parser. Jackson and SnakeYAML cost a cold start
 * about 0.3 s of interpretation and keep the JIT compiler busy. The YAML files stay the only source; a test checks
 * that the bundle says exactly what they say.
 */
public final class RuleBundle {

    static final String RESOURCE = "secret-rules.bin";
    private static final int MAGIC = 0x57415244;
    private static final int VERSION = 2;
    /** {@link SecretRuleFile.Entry}'s components in the order written; a test fails when Entry gains another. */
    static final List<String> FIELDS = List.of("id", "label", "provider", "pattern", "secretGroup", "keywords",
            "minEntropy", "context", "contextWindow", "allow", "severity", "priority", "maxLength", "check", "anchored",
            "confidence", "disabled", "examples", "placeholders");

    /** The entries of one rules file, as written in it. */
    record FileEntries(String source, List<SecretRuleFile.Entry> entries) {
    }

    private RuleBundle() {
    }

    /** Reads the YAML rule files from a build's classes folder, validates them, and writes the bundle beside them. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: RuleBundle CLASSES_DIR");
        }
        Path dir = Path.of(args[0]).resolve(RuleBundle.class.getPackageName().replace('.', '/'));
        List<FileEntries> files = SecretRules.readBuiltInYaml(file -> Files.newInputStream(dir.resolve(file)));
        SecretRules.compile(files);
        try (OutputStream out = Files.newOutputStream(dir.resolve(RESOURCE))) {
            write(files, out);
        }
    }

    static void write(List<FileEntries> files, OutputStream sink) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(sink));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(files.size());
        for (FileEntries file : files) {
            out.writeUTF(file.source());
            out.writeInt(file.entries().size());
            for (SecretRuleFile.Entry e : file.entries()) {
                writeEntry(out, e);
            }
        }
        out.flush();
    }

    static List<FileEntries> read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException(RESOURCE + " is not a Ward rule bundle of version " + VERSION + "; rebuild Ward");
        }
        int fileCount = in.readInt();
        List<FileEntries> files = new ArrayList<>(fileCount);
        for (int f = 0; f < fileCount; f++) {
            String name = in.readUTF();
            int count = in.readInt();
            List<SecretRuleFile.Entry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                entries.add(readEntry(in));
            }
            files.add(new FileEntries(name, entries));
        }
        return files;
    }

    private static void writeEntry(DataOutputStream out, SecretRuleFile.Entry e) throws IOException {
        string(out, e.id());
        string(out, e.label());
        string(out, e.provider());
        string(out, e.pattern());
        integer(out, e.secretGroup());
        strings(out, e.keywords());
        if (present(out, e.minEntropy())) {
            out.writeDouble(e.minEntropy());
        }
        strings(out, e.context());
        integer(out, e.contextWindow());
        strings(out, e.allow());
        string(out, e.severity());
        integer(out, e.priority());
        integer(out, e.maxLength());
        string(out, e.check());
        bool(out, e.anchored());
        string(out, e.confidence());
        bool(out, e.disabled());
        if (present(out, e.examples())) {
            List<RuleExample> positives = e.examples().positive();
            if (present(out, positives)) {
                out.writeInt(positives.size());
                for (RuleExample example : positives) {
                    out.writeUTF(example.text());
                    out.writeUTF(example.secret());
                }
            }
            strings(out, e.examples().negative());
        }
        bool(out, e.placeholders());
    }

    private static SecretRuleFile.Entry readEntry(DataInputStream in) throws IOException {
        String id = string(in);
        String label = string(in);
        String provider = string(in);
        String pattern = string(in);
        Integer secretGroup = integer(in);
        List<String> keywords = strings(in);
        Double minEntropy = in.readBoolean() ? in.readDouble() : null;
        List<String> context = strings(in);
        Integer contextWindow = integer(in);
        List<String> allow = strings(in);
        String severity = string(in);
        Integer priority = integer(in);
        Integer maxLength = integer(in);
        String check = string(in);
        Boolean anchored = bool(in);
        String confidence = string(in);
        Boolean disabled = bool(in);
        SecretRuleFile.Examples examples = null;
        if (in.readBoolean()) {
            List<RuleExample> positives = null;
            if (in.readBoolean()) {
                int n = in.readInt();
                positives = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    positives.add(new RuleExample(in.readUTF(), in.readUTF()));
                }
            }
            examples = new SecretRuleFile.Examples(positives, strings(in));
        }
        Boolean placeholders = bool(in);
        return new SecretRuleFile.Entry(id, label, provider, pattern, secretGroup, keywords, minEntropy, context,
                contextWindow, allow, severity, priority, maxLength, check, anchored, confidence, disabled, examples,
                placeholders);
    }

    private static boolean present(DataOutputStream out, Object value) throws IOException {
        out.writeBoolean(value != null);
        return value != null;
    }

    private static void string(DataOutputStream out, String value) throws IOException {
        if (present(out, value)) {
            out.writeUTF(value);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void integer(DataOutputStream out, Integer value) throws IOException {
        if (present(out, value)) {
            out.writeInt(value);
        }
    }

    private static Integer integer(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void bool(DataOutputStream out, Boolean value) throws IOException {
        if (present(out, value)) {
            out.writeBoolean(value);
        }
    }

    private static Boolean bool(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readBoolean() : null;
    }

    private static void strings(DataOutputStream out, List<String> values) throws IOException {
        if (present(out, values)) {
            out.writeInt(values.size());
            for (String value : values) {
                string(out, value);
            }
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        int n = in.readInt();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string(in));
        }
        return values;
    }
}
