package dev.ward.models.pickle;

import dev.ward.models.pickle.PickleValue.Call;
import dev.ward.models.pickle.PickleValue.Global;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one pickle stream imports and calls, and how far the disassembler got. */
public final class PickleImports {

    /** An attempt to rewrite an imported module or class at load time (BUILD on a global). */
    public record Tampering(long offset, String expression) {
    }

    private final Map<String, ImportedGlobal> imports = new LinkedHashMap<>();
    private final List<Tampering> tampering = new ArrayList<>();
    private int pickles;
    private long opcodes;
    private String error;
    private long errorOffset = -1;

    void imported(Global global) {
        imports.computeIfAbsent(key(global), k -> new ImportedGlobal(global));
    }

    void called(Global root, Call call) {
        ImportedGlobal g = imports.get(key(root));
        if (g != null) {
            g.calledAs(call);
        }
    }

    void passed(Global argument, Call call) {
        ImportedGlobal g = imports.get(key(argument));
        if (g != null) {
            g.passedTo(call);
        }
    }

    void tampered(long offset, String expression) {
        if (tampering.size() < 16) {
            tampering.add(new Tampering(offset, expression));
        }
    }

    void pickleDone() {
        pickles++;
    }

    void opcode() {
        opcodes++;
    }

    void failed(String message, long offset) {
        this.error = message;
        this.errorOffset = offset;
    }

    private static String key(Global g) {
        return (g.computed() ? "?" : "") + g.module() + "\u0000" + g.name();
    }

    public Collection<ImportedGlobal> imports() {
        return imports.values();
    }

    public List<Tampering> tampering() {
        return tampering;
    }

    /** Complete pickles (ending in STOP) read. */
    public int pickles() {
        return pickles;
    }

    public long opcodes() {
        return opcodes;
    }

    /** Why the first pickle could not be read to its STOP, or null. Trailing non-pickle data is not an error. */
    public String error() {
        return error;
    }

    public long errorOffset() {
        return errorOffset;
    }
}
