package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;
import dev.ward.models.RandomReader;
import dev.ward.core.Severity;

import java.io.IOException;
import java.util.Map;

/**
 * TensorFlow SavedModel graphs ({@code saved_model.pb}), walked field by field: every NodeDef in the graph and in its
 * function library is checked against operations that touch the file system or call back into Python. Checkpoint
 * ops every SavedModel has (SaveV2, RestoreV2, MergeV2Checkpoints) are not reported.
 */
public final class SavedModelFormat implements ArtifactFormat {

    /** Op name to why it matters and how bad it is. */
    private static final Map<String, String> UNSAFE_OPS = Map.of(
            "ReadFile", "reads any file the serving process can read",
            "WriteFile", "writes any file the serving process can write",
            "MatchingFiles", "lists the file system",
            "PyFunc", "calls a Python function when the graph runs",
            "PyFuncStateless", "calls a Python function when the graph runs",
            "EagerPyFunc", "calls a Python function when the graph runs",
            "PrintV2", "can write to a file named in the graph",
            "ImmutableConst", "maps a file named in the graph into memory");
    private static final int MAX_NODES = 5_000_000;

    @Override
    public String name() {
        return "tensorflow-savedmodel";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return false;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.equals("saved_model.pb");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        try (RandomReader in = source.random()) {
            int[] nodes = {0};
            ProtobufReader model = ProtobufReader.of(in);
            while (model.next()) {
                if (model.field() == 2 && model.isLengthDelimited()) {          // SavedModel.meta_graphs
                    ProtobufReader meta = model.message();
                    while (meta.next()) {
                        if (meta.field() == 2 && meta.isLengthDelimited()) {    // MetaGraphDef.graph_def
                            graph(meta.message(), inspection, nodes);
                        }
                    }
                }
            }
        }
    }

    private void graph(ProtobufReader graph, Inspection inspection, int[] nodes) throws IOException {
        while (graph.next()) {
            if (graph.field() == 1 && graph.isLengthDelimited()) {              // GraphDef.node
                node(graph.message(), graph.fieldOffset(), "", inspection, nodes);
            } else if (graph.field() == 2 && graph.isLengthDelimited()) {       // GraphDef.library
                ProtobufReader library = graph.message();
                while (library.next()) {
                    if (library.field() == 1 && library.isLengthDelimited()) {  // FunctionDefLibrary.function
                        function(library.message(), inspection, nodes);
                    }
                }
            }
        }
    }

    private void function(ProtobufReader function, Inspection inspection, int[] nodes) throws IOException {
        String name = "";
        while (function.next()) {
            if (function.field() == 1 && function.isLengthDelimited()) {        // FunctionDef.signature (OpDef)
                ProtobufReader signature = function.message();
                while (signature.next()) {
                    if (signature.field() == 1 && signature.isLengthDelimited()) {
                        name = signature.string(256);
                    }
                }
            } else if (function.field() == 3 && function.isLengthDelimited()) { // FunctionDef.node_def
                node(function.message(), function.fieldOffset(), name, inspection, nodes);
            }
        }
    }

    private void node(ProtobufReader node, long offset, String function, Inspection inspection, int[] nodes) throws IOException {
        if (++nodes[0] > MAX_NODES) {
            throw new dev.ward.models.MalformedArtifactException("graph has more than " + MAX_NODES + " nodes", offset);
        }
        if ((nodes[0] & 0xFFF) == 0) {
            inspection.checkTime(offset);
        }
        String name = "";
        String op = "";
        while (node.next()) {
            if (node.field() == 1 && node.isLengthDelimited()) {
                name = node.string(256);
            } else if (node.field() == 2 && node.isLengthDelimited()) {
                op = node.string(128);
            }
        }
        String why = UNSAFE_OPS.get(op);
        if (why != null) {
            String where = function.isEmpty() ? "graph" : "function " + function;
            inspection.report(ModelChecks.TENSORFLOW_UNSAFE_OP, "Node '" + name + "' in " + where + " runs " + op + ": " + why)
                    .severity(op.contains("PyFunc") ? Severity.CRITICAL : ModelChecks.TENSORFLOW_UNSAFE_OP.severity())
                    .at(offset).property("op", op).property("node", name).property("function", function)
                    .key(function + "/" + name).emit();
        }
    }
}
