package dev.ward.models.format;

import dev.ward.models.ArtifactFormat;
import dev.ward.models.ArtifactSource;
import dev.ward.models.Inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** GGUF (llama.cpp) models: the metadata is read, and every chat template in it is inspected. */
public final class GgufFormat implements ArtifactFormat {

    private static final int MAX_TEMPLATE = 1 << 20;

    @Override
    public String name() {
        return "gguf";
    }

    @Override
    public boolean matchesContent(byte[] head, long size) {
        return head.length >= 4 && new String(head, 0, 4, StandardCharsets.ISO_8859_1).equals("GGUF");
    }

    @Override
    public boolean matchesName(String fileName, boolean insideArchive) {
        return fileName.endsWith(".gguf");
    }

    @Override
    public void inspect(ArtifactSource source, Inspection inspection) throws IOException {
        Map<String, GgufReader.StringValue> templates;
        try (InputStream in = source.open()) {
            templates = new GgufReader(in, source.size(), inspection)
                    .read(key -> key.startsWith("tokenizer.chat_template"), MAX_TEMPLATE);
        }
        templates.forEach((key, template) -> ChatTemplateInspector.inspect(key, template, inspection));
    }
}
