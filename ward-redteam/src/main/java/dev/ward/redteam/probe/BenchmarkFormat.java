package dev.ward.redteam.probe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Public benchmark file formats Ward reads from a path the user gives. */
public enum BenchmarkFormat {
    CYBERSECEVAL_PROMPT_INJECTION, CYBERSECEVAL_FALSE_REFUSAL, CYBERSECEVAL_INTERPRETER, GARAK, ADVBENCH, BIPIA;

    public static BenchmarkFormat parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace("FRR", "FALSE_REFUSAL"));
    }

    /** Guesses the format from the file or directory name, as the benchmarks ship them. */
    public static BenchmarkFormat guess(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        String full = path.toString().toLowerCase(Locale.ROOT);
        if (name.equals("prompt_injection.json")) {
            return CYBERSECEVAL_PROMPT_INJECTION;
        }
        if (name.contains("frr")) {
            return CYBERSECEVAL_FALSE_REFUSAL;
        }
        if (name.equals("interpreter.json")) {
            return CYBERSECEVAL_INTERPRETER;
        }
        if (full.contains("advbench") || name.contains("adv_bench")) {
            return ADVBENCH;
        }
        if (full.contains("bipia") || (Files.isDirectory(path) && Files.exists(path.resolve("text_attack_test.json")))) {
            return BIPIA;
        }
        if (full.contains("garak")) {
            return GARAK;
        }
        throw new IllegalArgumentException("cannot tell the benchmark format of " + path + "; name it, for example advbench=" + path);
    }
}
