package dev.ward.redteam.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ward.redteam.RedteamReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** Writes and reads the report as JSON, the input of {@code --compare}. */
public final class RedteamJsonWriter {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(Instant.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer(Instant.class))
                    .addDeserializer(Instant.class, new com.fasterxml.jackson.databind.deser.std.StdDeserializer<Instant>(Instant.class) {
                        @Override
                        public Instant deserialize(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.databind.DeserializationContext c)
                                throws IOException {
                            return Instant.parse(p.getValueAsString());
                        }
                    }))
            .build();

    private RedteamJsonWriter() {
    }

    public static String toJson(RedteamReport report) throws IOException {
        return JSON.writeValueAsString(report);
    }

    public static void write(RedteamReport report, Path file) throws IOException {
        JSON.writeValue(file.toFile(), report);
    }

    public static RedteamReport read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), RedteamReport.class);
    }
}
