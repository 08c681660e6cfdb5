package dev.ward.models.pickle;

import java.util.ArrayList;
import java.util.List;

/**
 * What a symbolic unpickler knows about a stack value without building it. Large payloads are never kept: strings and
 * bytes keep a short preview, collections keep their first few items and a count.
 */
public sealed interface PickleValue {

    /** The most items a collection keeps for display; the rest are only counted. */
    int KEPT_ITEMS = 8;

    record Text(String text, boolean truncated) implements PickleValue {
    }

    record Bytes(long length, String preview) implements PickleValue {
    }

    /** A number, None, True or False, as Python would print it. */
    record Literal(String text) implements PickleValue {
    }

    /**
     * An imported callable or class. {@code computed} marks a STACK_GLOBAL whose module or name was not a literal
     * string; {@code module} and {@code name} then hold the rendered operands.
     */
    record Global(String module, String name, long offset, boolean computed) implements PickleValue {
        public String qualified() {
            return module + "." + name;
        }
    }

    /** A call the unpickler would make: REDUCE, INST, OBJ, NEWOBJ or NEWOBJ_EX. */
    record Call(PickleValue callee, List<PickleValue> args, long offset) implements PickleValue {
    }

    record PersistentRef(PickleValue id) implements PickleValue {
    }

    record Opaque(String what) implements PickleValue {
    }

    /** A list, dict, set or tuple; mutable while APPEND, SETITEM and ADDITEMS fill it. */
    final class Collection implements PickleValue {
        public enum Kind { LIST, TUPLE, DICT, SET }

        private final Kind kind;
        private final List<PickleValue> kept = new ArrayList<>();
        private long size;

        public Collection(Kind kind) {
            this.kind = kind;
        }

        public static Collection of(Kind kind, List<PickleValue> items) {
            Collection c = new Collection(kind);
            items.forEach(c::add);
            return c;
        }

        public void add(PickleValue item) {
            if (kept.size() < KEPT_ITEMS) {
                kept.add(item);
            }
            size++;
        }

        public Kind kind() {
            return kind;
        }

        public List<PickleValue> kept() {
            return kept;
        }

        public long size() {
            return size;
        }
    }
}
