package dev.ward.models.pickle;

import dev.ward.models.pickle.PickleValue.Bytes;
import dev.ward.models.pickle.PickleValue.Call;
import dev.ward.models.pickle.PickleValue.Collection;
import dev.ward.models.pickle.PickleValue.Global;
import dev.ward.models.pickle.PickleValue.Literal;
import dev.ward.models.pickle.PickleValue.Opaque;
import dev.ward.models.pickle.PickleValue.PersistentRef;
import dev.ward.models.pickle.PickleValue.Text;

import java.util.List;

/**
 * Renders symbolic values as Python-like expressions, such as {@code posix.system('ls -la')}. Output is bounded in
 * depth and length (memo references can make a small pickle describe an exponentially large tree), and long string
 * arguments are cut.
 */
public final class PickleCallChain {

    static final int MAX_CHARS = 400;
    static final int MAX_ARGUMENT_CHARS = 60;
    private static final int MAX_DEPTH = 8;

    private PickleCallChain() {
    }

    public static String render(PickleValue value) {
        StringBuilder out = new StringBuilder();
        append(out, value, 0);
        return out.length() > MAX_CHARS ? out.substring(0, MAX_CHARS) + "…" : out.toString();
    }

    private static void append(StringBuilder out, PickleValue value, int depth) {
        if (out.length() > MAX_CHARS) {
            return;
        }
        if (depth > MAX_DEPTH) {
            out.append("…");
            return;
        }
        switch (value) {
            case Text t -> quoted(out, t.text(), t.truncated());
            case Bytes b -> {
                out.append('b');
                quoted(out, b.preview(), b.length() > b.preview().length());
            }
            case Literal l -> out.append(l.text());
            case Global g when g.computed() -> out.append("getattr(__import__(").append(printable(g.module())).append("), ")
                    .append(printable(g.name())).append(')');
            case Global g -> out.append(printable(g.qualified()));
            case Call c -> {
                append(out, c.callee(), depth + 1);
                out.append('(');
                items(out, c.args(), 0, depth);
                out.append(')');
            }
            case PersistentRef p -> {
                out.append("persistent_load(");
                append(out, p.id(), depth + 1);
                out.append(')');
            }
            case Opaque o -> out.append(o.what());
            case Collection c -> collection(out, c, depth);
        }
    }

    /** An import name bounded for display; control characters are escaped once, where findings are built. */
    public static String printable(String name) {
        return name.length() > 120 ? name.substring(0, 120) + "…" : name;
    }

    private static void collection(StringBuilder out, Collection c, int depth) {
        String[] brackets = switch (c.kind()) {
            case LIST -> new String[]{"[", "]"};
            case TUPLE -> new String[]{"(", c.size() == 1 ? ",)" : ")"};
            case DICT, SET -> new String[]{"{", "}"};
        };
        out.append(brackets[0]);
        if (c.kind() == Collection.Kind.DICT) {
            for (int i = 0; i + 1 < c.kept().size(); i += 2) {
                if (i > 0) {
                    out.append(", ");
                }
                append(out, c.kept().get(i), depth + 1);
                out.append(": ");
                append(out, c.kept().get(i + 1), depth + 1);
            }
            long shown = c.kept().size() / 2;
            if (c.size() / 2 > shown) {
                out.append(", …").append(c.size() / 2 - shown).append(" more");
            }
        } else {
            items(out, c.kept(), c.size() - c.kept().size(), depth);
        }
        out.append(brackets[1]);
    }

    private static void items(StringBuilder out, List<PickleValue> items, long hidden, int depth) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, items.get(i), depth + 1);
        }
        if (hidden > 0) {
            out.append(items.isEmpty() ? "" : ", ").append('…').append(hidden).append(" more");
        }
    }

    private static void quoted(StringBuilder out, String text, boolean truncated) {
        boolean cut = truncated || text.length() > MAX_ARGUMENT_CHARS;
        String shown = text.length() > MAX_ARGUMENT_CHARS ? text.substring(0, MAX_ARGUMENT_CHARS) : text;
        out.append('\'');
        for (char ch : shown.toCharArray()) {
            switch (ch) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(Character.isISOControl(ch) ? String.format("\\x%02x", (int) ch & 0xff) : String.valueOf(ch));
            }
        }
        out.append(cut ? "…'" : "'");
    }
}
