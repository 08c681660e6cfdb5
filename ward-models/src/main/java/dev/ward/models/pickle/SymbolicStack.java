package dev.ward.models.pickle;

import dev.ward.models.MalformedArtifactException;
import dev.ward.models.pickle.PickleValue.Call;
import dev.ward.models.pickle.PickleValue.Collection;
import dev.ward.models.pickle.PickleValue.Global;
import dev.ward.models.pickle.PickleValue.Opaque;
import dev.ward.models.pickle.PickleValue.Text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The unpickler's stack, marks and memo, holding {@link PickleValue}s instead of objects. Records every import and
 * call into {@link PickleImports}. Depth and memo size are bounded.
 */
final class SymbolicStack {

    private final List<PickleValue> stack = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, PickleValue> memo = new HashMap<>();
    private final PickleImports imports;
    private final int maxStack;
    private final int maxMarks;
    private long offset;

    SymbolicStack(PickleImports imports, int maxStack, int maxMarks) {
        this.imports = imports;
        this.maxStack = maxStack;
        this.maxMarks = maxMarks;
    }

    /** A new pickle in the same stream starts with an empty stack and memo, as a fresh Unpickler would. */
    void reset() {
        stack.clear();
        marks.clear();
        memo.clear();
    }

    void at(long opcodeOffset) {
        this.offset = opcodeOffset;
    }

    void push(PickleValue value) throws MalformedArtifactException {
        if (stack.size() >= maxStack) {
            throw new MalformedArtifactException("pickle stack deeper than " + maxStack, offset);
        }
        stack.add(value);
    }

    PickleValue pop() throws MalformedArtifactException {
        int floor = marks.isEmpty() ? 0 : marks.getLast();
        if (stack.size() <= floor) {
            throw new MalformedArtifactException("pickle stack underflow", offset);
        }
        return stack.removeLast();
    }

    PickleValue top() throws MalformedArtifactException {
        if (stack.isEmpty()) {
            throw new MalformedArtifactException("pickle stack underflow", offset);
        }
        return stack.getLast();
    }

    void mark() throws MalformedArtifactException {
        if (marks.size() >= maxMarks) {
            throw new MalformedArtifactException("pickle nests more than " + maxMarks + " marks", offset);
        }
        marks.add(stack.size());
    }

    List<PickleValue> popToMark() throws MalformedArtifactException {
        if (marks.isEmpty()) {
            throw new MalformedArtifactException("pickle pops to a MARK that was never set", offset);
        }
        int from = marks.removeLast();
        List<PickleValue> items = new ArrayList<>(stack.subList(from, stack.size()));
        stack.subList(from, stack.size()).clear();
        return items;
    }

    /** APPENDS, SETITEMS, ADDITEMS: moves the items above the mark into the collection below it, without copying. */
    void addToMark() throws MalformedArtifactException {
        if (marks.isEmpty()) {
            throw new MalformedArtifactException("pickle pops to a MARK that was never set", offset);
        }
        int from = marks.removeLast();
        if (from > 0 && stack.get(from - 1) instanceof Collection target) {
            for (int i = from; i < stack.size(); i++) {
                target.add(stack.get(i));
            }
        }
        stack.subList(from, stack.size()).clear();
    }

    /** POP removes a MARK when the mark is on top, as Python's unpickler does. */
    void popOrMark() throws MalformedArtifactException {
        if (!marks.isEmpty() && marks.getLast() == stack.size()) {
            marks.removeLast();
        } else {
            pop();
        }
    }

    void memoize(long key) throws MalformedArtifactException {
        if (memo.size() >= maxStack && !memo.containsKey(key)) {
            throw new MalformedArtifactException("pickle memo larger than " + maxStack + " entries", offset);
        }
        memo.put(key, top());
    }

    void memoizeNext() throws MalformedArtifactException {
        memoize(memo.size());
    }

    void recall(long key) throws MalformedArtifactException {
        PickleValue value = memo.get(key);
        push(value != null ? value : new Opaque("unknown"));
    }

    void importGlobal(String module, String name) throws MalformedArtifactException {
        Global global = new Global(module, name, offset, false);
        imports.imported(global);
        push(global);
    }

    /** STACK_GLOBAL: literal strings are an ordinary import; anything else is computed at load time. */
    void stackGlobal() throws MalformedArtifactException {
        PickleValue name = pop();
        PickleValue module = pop();
        boolean literal = module instanceof Text(var m, var mt) && !mt && name instanceof Text(var n, var nt) && !nt;
        Global global = new Global(operand(module), operand(name), offset, !literal);
        imports.imported(global);
        push(global);
    }

    private static String operand(PickleValue v) {
        return switch (v) {
            case Text t -> t.text();
            case PickleValue.Literal l -> l.text();
            case Global g -> g.qualified();
            case Opaque o -> o.what();
            default -> PickleCallChain.render(v);
        };
    }

    /** Pushes a call and records it against the global at the head of its callee chain. */
    void call(PickleValue callee, List<PickleValue> args) throws MalformedArtifactException {
        Call call = new Call(callee, List.copyOf(args), offset);
        Global root = rootOf(callee);
        if (root != null) {
            imports.called(root, call);
        }
        for (PickleValue arg : args) {
            recordPassed(arg, call, 2);
        }
        push(call);
    }

    private void recordPassed(PickleValue arg, Call call, int depth) {
        if (arg instanceof Global g) {
            imports.passed(g, call);
        } else if (arg instanceof Collection c && depth > 0) {
            c.kept().forEach(item -> recordPassed(item, call, depth - 1));
        }
    }

    private static Global rootOf(PickleValue callee) {
        PickleValue current = callee;
        for (int hops = 0; hops < 64; hops++) {
            if (current instanceof Global g) {
                return g;
            }
            if (!(current instanceof Call c)) {
                return null;
            }
            current = c.callee();
        }
        return null;
    }

    /** BUILD: setting state on an imported module or class rewrites it for every later import. */
    void build() throws MalformedArtifactException {
        PickleValue state = pop();
        PickleValue target = top();
        if (target instanceof Global g) {
            imports.tampered(offset, PickleCallChain.render(g) + ".__dict__.update(" + PickleCallChain.render(state) + ")");
        }
    }

    /** Items popped to a mark, as a tuple for display. */
    static Collection tuple(List<PickleValue> items) {
        return Collection.of(Collection.Kind.TUPLE, items);
    }
}
