package dev.ward.cli;

import dev.ward.models.ModelScanner;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "models", mixinStandardHelpOptions = true, versionProvider = WardVersion.class,
        description = {"Find model artifacts that run code when loaded, without loading them.",
                "Covers pickle call chains (also inside PyTorch zip/tar, .npy, joblib), Keras Lambda layers, TensorFlow file ops,",
                "GGUF chat templates, ONNX custom ops and external data, safetensors headers."},
        footer = {"", "Examples:", "  ward models ./checkpoints", "  ward models model.pt --format sarif -o models.sarif --fail-on high"})
final class ModelsCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Model files or folders.")
    List<Path> paths;

    @CommandLine.Mixin
    OutputOptions output = new OutputOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return PathScan.run(spec, "models", paths, output, new ModelScanner()::scan);
    }
}
