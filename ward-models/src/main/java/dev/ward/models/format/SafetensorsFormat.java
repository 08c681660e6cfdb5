package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;
import dev.ward.models.ModelChecks;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * safetensors files: no code runs on load, so only the header is checked, which loaders trust: its length, JSON and
 * whether the tensors' offsets tile the data exactly. Header JSON is parsed as a stream, never held whole.
 */
public final class SafetensorsFormat implements ArtifactFormat {

    @Override
    public String name() {
        return "safetensors";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        if (head.length < 9 || head[8] != '{') {
            return false;
        }
        long length = SafetensorsHeader.littleEndian(head, 0);
        return length > 1 && length <= size - 8;
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".safetensors");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        List<String> problems;
        try (InputStream in = source.open()) {
            problems = SafetensorsHeader.validate(in, source.size(), inspection);
        }
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(5, problems.size())));
            inspection.report(ModelChecks.SAFETENSORS_INVALID_HEADER, "safetensors header: " + shown
                            + (problems.size() > 5 ? " (and " + (problems.size() - 5) + " more)" : ""))
                    .at(0).property("problems", problems.size()).key("header").emit();
        }
    }
}
