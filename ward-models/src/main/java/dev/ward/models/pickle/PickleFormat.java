package dev.ward.models.pickle;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python pickles, including joblib dumps and legacy PyTorch files (several pickles back to back). Protocol 2 and
 * later start with PROTO, so they are recognised by content; protocols 0 and 1 only by name.
 */
public final class PickleFormat implements ArtifactFormat {

    private static final Set<String> EXTENSIONS = Set.of("pkl", "pickle", "joblib", "pt", "pth", "ckpt", "bin",
            "dat", "data", "p", "sav", "dill", "pkl3", "mar");
    /** Entry names that hold pickles in PyTorch's legacy tar and zip layouts. */
    private static final Set<String> ARCHIVE_MEMBERS = Set.of("pickle", "sys_info", "tensors", "storages", "data.pkl",
            "constants.pkl");
    private static final int UNKNOWN_SHOWN = 20;

    @Override
    public String name() {
        return "pickle";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return head.length >= 3 && (head[0] & 0xff) == 0x80 && head[1] >= 2 && head[1] <= 5;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        int dot = fileName.lastIndexOf('.');
        return (dot >= 0 && EXTENSIONS.contains(fileName.substring(dot + 1)))
                || (insideArchive && ARCHIVE_MEMBERS.contains(fileName));
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        try (InputStream in = source.open()) {
            scan(in, inspection, 0);
        }
    }

    /**
     * Disassembles a pickle stream and reports what it imports and calls. {@code baseOffset} is where the stream
     * starts inside its file, so reported offsets are file offsets.
     */
    public static PickleImports scan(InputStream in, Inspection inspection, long baseOffset) throws IOException {
        PickleDisassembler disassembler = new PickleDisassembler(inspection.limits().maxPickleStack(),
                inspection.limits().maxPickleMarks(), offset -> inspection.checkTime(baseOffset + offset));
        PickleImports imports = disassembler.disassemble(in);
        report(imports, inspection, baseOffset);
        return imports;
    }

    private static void report(PickleImports imports, Inspection inspection, long baseOffset) {
        GlobalPolicy policy = GlobalPolicy.standard();
        List<String> unknown = new ArrayList<>();
        for (ImportedGlobal g : imports.imports()) {
            String module = PickleCallChain.printable(g.module());
            String name = PickleCallChain.printable(g.name());
            if (g.computed()) {
                inspection.report(ModelChecks.PICKLE_OBFUSCATED_IMPORT, "Loading imports a name computed at load time: "
                                + g.chain() + " (module from " + module + ", name from " + name + ")")
                        .at(baseOffset + g.callOffset()).property("chain", g.chain())
                        .property("importOffset", baseOffset + g.offset()).key(g.module() + ":" + g.name()).emit();
                continue;
            }
            GlobalPolicy.Verdict verdict = policy.judge(g.module(), g.name());
            switch (verdict.safety()) {
                case DANGEROUS -> inspection.report(ModelChecks.PICKLE_DANGEROUS_GLOBAL,
                                "Loading calls " + g.chain() + " — " + module + "." + name + ": " + verdict.reason())
                        .at(baseOffset + g.callOffset()).property("module", module).property("name", name)
                        .property("canonicalModule", policy.canonicalModule(g.module())).property("chain", g.chain())
                        .property("importOffset", baseOffset + g.offset()).key(g.module() + ":" + g.name()).emit();
                case UNKNOWN -> unknown.add(module + "." + name);
                case SAFE -> { }
            }
        }
        for (PickleImports.Tampering t : imports.tampering()) {
            inspection.report(ModelChecks.PICKLE_OBFUSCATED_IMPORT, "Loading rewrites an imported object: " + t.expression())
                    .at(baseOffset + t.offset()).property("chain", t.expression()).key("build@" + t.offset()).emit();
        }
        if (!unknown.isEmpty()) {
            String shown = String.join(", ", unknown.subList(0, Math.min(UNKNOWN_SHOWN, unknown.size())));
            String more = unknown.size() > UNKNOWN_SHOWN ? " and " + (unknown.size() - UNKNOWN_SHOWN) + " more" : "";
            inspection.report(ModelChecks.PICKLE_UNKNOWN_GLOBAL, "Loading imports " + unknown.size()
                            + " callable(s) Ward does not know to be safe: " + shown + more)
                    .property("globals", String.join(",", unknown)).key("unknown").emit();
        }
        if (imports.error() != null) {
            inspection.unparseable("pickle: " + imports.error(), baseOffset + Math.max(0, imports.errorOffset()));
        }
    }
}
