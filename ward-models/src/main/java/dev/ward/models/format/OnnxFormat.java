package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;
import dev.ward.models.RandomReader;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

/**
 * ONNX models, walked field by field (tensor data is skipped in place). Reports operators from domains that no
 * standard runtime ships, which need a native custom-op library, and external-data locations that leave the
 * model directory. Subgraphs (If/Loop/Scan bodies) and model-local functions are walked too.
 */
public final class OnnxFormat implements ArtifactFormat {

    private static final Set<String> BUILT_IN_DOMAINS = Set.of("", "ai.onnx", "ai.onnx.ml", "ai.onnx.training",
            "ai.onnx.preview.training", "com.microsoft", "com.microsoft.nchwc", "com.microsoft.experimental");

    @Override
    public String name() {
        return "onnx";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return false;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".onnx");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        try (RandomReader in = source.random()) {
            Set<String> localFunctions = new HashSet<>();
            ProtobufReader model = ProtobufReader.of(in);
            while (model.next()) {                                              // pass 1: ModelProto.functions
                if (model.field() == 25 && model.isLengthDelimited()) {
                    localFunctions.add(functionKey(model.message()));
                }
            }
            model = ProtobufReader.of(in);
            while (model.next()) {
                if (model.field() == 7 && model.isLengthDelimited()) {          // ModelProto.graph
                    graph(model.message(), "graph", localFunctions, inspection);
                } else if (model.field() == 25 && model.isLengthDelimited()) {
                    ProtobufReader function = model.message();
                    while (function.next()) {
                        if (function.field() == 7 && function.isLengthDelimited()) {   // FunctionProto.node
                            node(function.message(), function.fieldOffset(), "function", localFunctions, inspection);
                        }
                    }
                }
            }
        }
    }

    private static String functionKey(ProtobufReader function) throws IOException {
        String name = "";
        String domain = "";
        while (function.next()) {
            if (function.field() == 1 && function.isLengthDelimited()) {
                name = function.string(256);
            } else if (function.field() == 10 && function.isLengthDelimited()) {
                domain = function.string(256);
            }
        }
        return domain + "::" + name;
    }

    private void graph(ProtobufReader graph, String where, Set<String> localFunctions, Inspection inspection) throws IOException {
        while (graph.next()) {
            if (graph.field() == 1 && graph.isLengthDelimited()) {              // GraphProto.node
                node(graph.message(), graph.fieldOffset(), where, localFunctions, inspection);
            } else if ((graph.field() == 5 || graph.field() == 15) && graph.isLengthDelimited()) {
                tensor(graph.message(), graph.fieldOffset(), inspection);       // initializer, sparse_initializer
            }
        }
    }

    private void node(ProtobufReader node, long offset, String where, Set<String> localFunctions, Inspection inspection) throws IOException {
        inspection.checkTime(offset);
        String name = "";
        String op = "";
        String domain = "";
        while (node.next()) {
            switch (node.field()) {
                case 3 -> name = node.string(256);
                case 4 -> op = node.string(256);
                case 7 -> domain = node.string(256);
                case 5 -> attribute(node.message(), where + "/" + name, localFunctions, inspection);
                default -> { }
            }
        }
        if (!BUILT_IN_DOMAINS.contains(domain) && !localFunctions.contains(domain + "::" + op)) {
            inspection.report(ModelChecks.ONNX_CUSTOM_OPERATOR, "Node '" + name + "' in " + where + " uses operator "
                            + domain + "::" + op + ", which only a custom native library provides")
                    .at(offset).property("domain", domain).property("op", op).property("node", name)
                    .key(domain + "::" + op).emit();
        }
    }

    private void attribute(ProtobufReader attribute, String where, Set<String> localFunctions, Inspection inspection) throws IOException {
        while (attribute.next()) {
            if ((attribute.field() == 6 || attribute.field() == 11) && attribute.isLengthDelimited()) {
                graph(attribute.message(), where, localFunctions, inspection);  // AttributeProto.g / graphs
            } else if ((attribute.field() == 5 || attribute.field() == 10) && attribute.isLengthDelimited()) {
                tensor(attribute.message(), attribute.fieldOffset(), inspection); // AttributeProto.t / tensors
            }
        }
    }

    private void tensor(ProtobufReader tensor, long offset, Inspection inspection) throws IOException {
        String name = "";
        while (tensor.next()) {
            if (tensor.field() == 8 && tensor.isLengthDelimited()) {
                name = tensor.string(256);
            } else if (tensor.field() == 13 && tensor.isLengthDelimited()) {    // TensorProto.external_data
                ProtobufReader entry = tensor.message();
                String key = "";
                String value = "";
                while (entry.next()) {
                    if (entry.field() == 1 && entry.isLengthDelimited()) {
                        key = entry.string(256);
                    } else if (entry.field() == 2 && entry.isLengthDelimited()) {
                        value = entry.string(4096);
                    }
                }
                if (key.equals("location") && escapesModelDirectory(value)) {
                    inspection.report(ModelChecks.ONNX_EXTERNAL_DATA_PATH, "Tensor '" + name
                                    + "' loads external data from '" + value + "', outside the model directory")
                            .at(offset).property("tensor", name).property("location", value).key(name).emit();
                }
            }
        }
    }

    static boolean escapesModelDirectory(String location) {
        String path = location.replace('\\', '/');
        if (path.startsWith("/") || path.startsWith("~") || path.matches("^[A-Za-z]:.*") || path.contains("://")) {
            return true;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
