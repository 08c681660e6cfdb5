package dev.ward.models.pickle;

import dev.ward.models.pickle.PickleValue.Call;
import dev.ward.models.pickle.PickleValue.Global;

/**
 * One import a pickle makes, and the widest call expression it heads. For {@code attrgetter('system')(m)('ls')} the
 * chain is the whole expression, not just the first call.
 */
public final class ImportedGlobal {

    private final Global global;
    private Call outermostCall;
    private Call passedTo;

    ImportedGlobal(Global global) {
        this.global = global;
    }

    public Global global() {
        return global;
    }

    public String module() {
        return global.module();
    }

    public String name() {
        return global.name();
    }

    public long offset() {
        return global.offset();
    }

    public boolean computed() {
        return global.computed();
    }

    void calledAs(Call call) {
        outermostCall = call;
    }

    void passedTo(Call call) {
        if (passedTo == null) {
            passedTo = call;
        }
    }

    /** The call chain as Python-like text, bounded in length: {@code posix.system('ls -la')}. */
    public String chain() {
        if (outermostCall != null) {
            return PickleCallChain.render(outermostCall);
        }
        if (passedTo != null) {
            return PickleCallChain.render(passedTo);
        }
        return PickleCallChain.render(global) + " (imported; no call seen)";
    }

    /** The offset of the call that uses it, or of the import when no call was seen. */
    public long callOffset() {
        return outermostCall != null ? outermostCall.offset() : passedTo != null ? passedTo.offset() : global.offset();
    }
}
