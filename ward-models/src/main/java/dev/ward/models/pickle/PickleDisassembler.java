package dev.ward.models.pickle;

import dev.ward.models.DecompressionBombException;
import dev.ward.models.MalformedArtifactException;
import dev.ward.models.pickle.PickleValue.Bytes;
import dev.ward.models.pickle.PickleValue.Collection;
import dev.ward.models.pickle.PickleValue.Collection.Kind;
import dev.ward.models.pickle.PickleValue.Literal;
import dev.ward.models.pickle.PickleValue.Opaque;
import dev.ward.models.pickle.PickleValue.PersistentRef;
import dev.ward.models.pickle.PickleValue.Text;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a pickle stream opcode by opcode (protocols 0 to 5) and feeds a {@link SymbolicStack}; nothing is imported
 * or called. A stream may hold several pickles back to back, as legacy PyTorch files do; once a later pickle fails
 * to parse, the rest is treated as non-pickle data (tensor bytes), while a failure in the first pickle is an error.
 */
public final class PickleDisassembler {

    /** Called every few thousand opcodes so a caller can stop a parse that runs out of time. */
    @FunctionalInterface
    public interface Guard {
        void check(long offset) throws MalformedArtifactException;
    }

    private static final Literal[] SMALL_INTS = new Literal[256];

    static {
        for (int i = 0; i < SMALL_INTS.length; i++) {
            SMALL_INTS[i] = new Literal(Integer.toString(i));
        }
    }

    private final int maxStack;
    private final int maxMarks;
    private final Guard guard;

    public PickleDisassembler(int maxStack, int maxMarks, Guard guard) {
        this.maxStack = maxStack;
        this.maxMarks = maxMarks;
        this.guard = guard;
    }

    public PickleImports disassemble(InputStream in) throws IOException {
        PickleImports imports = new PickleImports();
        PickleReader reader = new PickleReader(in);
        SymbolicStack stack = new SymbolicStack(imports, maxStack, maxMarks);
        if (reader.peek() < 0) {
            imports.failed("empty file", 0);
            return imports;
        }
        while (reader.peek() >= 0) {
            try {
                readOnePickle(reader, stack, imports);
                imports.pickleDone();
            } catch (DecompressionBombException e) {
                throw e;
            } catch (MalformedArtifactException e) {
                if (imports.pickles() == 0) {
                    imports.failed(e.getMessage(), e.offset());
                }
                break;
            }
            stack.reset();
        }
        return imports;
    }

    private void readOnePickle(PickleReader r, SymbolicStack s, PickleImports imports) throws IOException {
        while (true) {
            long at = r.offset();
            int op = r.next();
            if (op < 0) {
                throw new MalformedArtifactException("pickle ends without STOP at byte " + at, at);
            }
            s.at(at);
            imports.opcode();
            if ((imports.opcodes() & 0xFFF) == 0) {
                guard.check(at);
            }
            if (op == '.') {
                return;
            }
            step(op, r, s, at);
        }
    }

    private void step(int op, PickleReader r, SymbolicStack s, long at) throws IOException {
        switch (op) {
            case 0x80 -> r.u8();                                     // PROTO
            case 0x95 -> r.littleEndian(8);                          // FRAME
            case '(' -> s.mark();
            case '0' -> s.popOrMark();
            case '1' -> s.popToMark();
            case '2' -> s.push(s.top());
            case 'N' -> s.push(new Literal("None"));
            case 0x88 -> s.push(new Literal("True"));
            case 0x89 -> s.push(new Literal("False"));
            case 'I' -> s.push(intLine(r));
            case 'L', 'F' -> s.push(new Literal(ascii(r.line())));
            case 'J' -> s.push(new Literal(Integer.toString((int) r.littleEndian(4))));
            case 'K' -> s.push(SMALL_INTS[r.u8()]);
            case 'M' -> s.push(new Literal(Long.toString(r.littleEndian(2))));
            case 'G' -> s.push(new Literal(Double.toString(Double.longBitsToDouble(Long.reverseBytes(r.littleEndian(8))))));
            case 0x8a -> s.push(longBinary(r, r.u8()));
            case 0x8b -> s.push(longBinary(r, r.length(4)));
            case 'S' -> s.push(PythonLiterals.quotedString(r.line()));
            case 'V' -> s.push(PythonLiterals.rawUnicodeEscape(r.line()));
            case 'T' -> s.push(text(r, r.length(4), StandardCharsets.ISO_8859_1));
            case 'U' -> s.push(text(r, r.u8(), StandardCharsets.ISO_8859_1));
            case 'X' -> s.push(text(r, r.length(4), StandardCharsets.UTF_8));
            case 0x8c -> s.push(text(r, r.u8(), StandardCharsets.UTF_8));
            case 0x8d -> s.push(text(r, r.length(8), StandardCharsets.UTF_8));
            case 'B' -> s.push(bytes(r, r.length(4)));
            case 'C' -> s.push(bytes(r, r.u8()));
            case 0x8e, 0x96 -> s.push(bytes(r, r.length(8)));
            case 0x97 -> s.push(new Opaque("out-of-band buffer"));
            case 0x98 -> { }                                         // READONLY_BUFFER
            case ']' -> s.push(new Collection(Kind.LIST));
            case '}' -> s.push(new Collection(Kind.DICT));
            case ')' -> s.push(new Collection(Kind.TUPLE));
            case 0x8f -> s.push(new Collection(Kind.SET));
            case 'l' -> s.push(Collection.of(Kind.LIST, s.popToMark()));
            case 't' -> s.push(SymbolicStack.tuple(s.popToMark()));
            case 'd' -> s.push(Collection.of(Kind.DICT, s.popToMark()));
            case 0x91 -> s.push(Collection.of(Kind.SET, s.popToMark()));
            case 0x85 -> s.push(SymbolicStack.tuple(pop(s, 1)));
            case 0x86 -> s.push(SymbolicStack.tuple(pop(s, 2)));
            case 0x87 -> s.push(SymbolicStack.tuple(pop(s, 3)));
            case 'a' -> addTo(s, List.of(s.pop()));
            case 'e', 0x90, 'u' -> s.addToMark();
            case 's' -> addTo(s, pop(s, 2));
            case 'p' -> s.memoize(decimal(r.line(), at));
            case 'q' -> s.memoize(r.u8());
            case 'r' -> s.memoize(r.littleEndian(4));
            case 0x94 -> s.memoizeNext();
            case 'g' -> s.recall(decimal(r.line(), at));
            case 'h' -> s.recall(r.u8());
            case 'j' -> s.recall(r.littleEndian(4));
            case 'c' -> s.importGlobal(r.nameLine(), r.nameLine());
            case 0x93 -> s.stackGlobal();
            case 'i' -> {
                String module = r.nameLine();
                String name = r.nameLine();
                List<PickleValue> args = s.popToMark();
                s.importGlobal(module, name);
                s.call(s.pop(), args);
            }
            case 'o' -> {
                List<PickleValue> items = s.popToMark();
                if (items.isEmpty()) {
                    throw new MalformedArtifactException("OBJ without a class", at);
                }
                s.call(items.getFirst(), items.subList(1, items.size()));
            }
            case 'R', 0x81 -> {
                PickleValue args = s.pop();
                s.call(s.pop(), positional(args));
            }
            case 0x92 -> {
                PickleValue kwargs = s.pop();
                List<PickleValue> args = new ArrayList<>(positional(s.pop()));
                args.add(new Opaque("**" + PickleCallChain.render(kwargs)));
                s.call(s.pop(), args);
            }
            case 'b' -> s.build();
            case 'P' -> s.push(new PersistentRef(PythonLiterals.rawUnicodeEscape(r.line())));
            case 'Q' -> s.push(new PersistentRef(s.pop()));
            case 0x82, 0x83, 0x84 -> {
                long code = r.littleEndian(op == 0x82 ? 1 : op == 0x83 ? 2 : 4);
                s.importGlobal("copyreg._extension_registry", Long.toString(code));
            }
            default -> throw new MalformedArtifactException(String.format("not a pickle opcode: 0x%02x at byte %d", op, at), at);
        }
    }

    private static List<PickleValue> pop(SymbolicStack s, int n) throws MalformedArtifactException {
        PickleValue[] items = new PickleValue[n];
        for (int i = n - 1; i >= 0; i--) {
            items[i] = s.pop();
        }
        return List.of(items);
    }

    private static void addTo(SymbolicStack s, List<PickleValue> items) throws MalformedArtifactException {
        if (s.top() instanceof Collection c) {
            items.forEach(c::add);
        }
    }

    /** A REDUCE argument tuple as positional arguments; anything else is shown as {@code *args}. */
    private static List<PickleValue> positional(PickleValue args) {
        if (args instanceof Collection c && c.kind() == Kind.TUPLE) {
            List<PickleValue> items = new ArrayList<>(c.kept());
            if (c.size() > c.kept().size()) {
                items.add(new Opaque("…" + (c.size() - c.kept().size()) + " more"));
            }
            return items;
        }
        return List.of(new Opaque("*" + PickleCallChain.render(args)));
    }

    private static PickleValue intLine(PickleReader r) throws IOException {
        String text = ascii(r.line());
        return new Literal(text.equals("01") ? "True" : text.equals("00") ? "False" : text);
    }

    private static PickleValue longBinary(PickleReader r, long length) throws IOException {
        byte[] kept = r.payload(length);
        if (length > PickleReader.PREVIEW || length == 0) {
            return new Literal(length == 0 ? "0" : "<" + length + "-byte integer>");
        }
        byte[] bigEndian = new byte[kept.length];
        for (int i = 0; i < kept.length; i++) {
            bigEndian[i] = kept[kept.length - 1 - i];
        }
        return new Literal(new BigInteger(bigEndian).toString());
    }

    private static PickleValue text(PickleReader r, long length, java.nio.charset.Charset charset) throws IOException {
        byte[] kept = r.payload(length);
        return new Text(new String(kept, charset), length > kept.length);
    }

    private static PickleValue bytes(PickleReader r, long length) throws IOException {
        byte[] kept = r.payload(length);
        return new Bytes(length, new String(kept, 0, Math.min(kept.length, 48), StandardCharsets.ISO_8859_1));
    }

    private static long decimal(byte[] line, long at) throws MalformedArtifactException {
        try {
            return Long.parseLong(ascii(line).strip());
        } catch (NumberFormatException e) {
            throw new MalformedArtifactException("memo key is not a number", at);
        }
    }

    static String ascii(byte[] line) {
        return new String(line, StandardCharsets.ISO_8859_1);
    }
}
