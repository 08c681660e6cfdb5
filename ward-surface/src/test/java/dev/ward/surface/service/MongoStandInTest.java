package dev.ward.surface.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Access;
import dev.ward.core.Exposure;
import dev.ward.core.Finding;
import dev.ward.core.ScanResult;
import dev.ward.core.Severity;
import dev.ward.surface.testing.MongoStandIn;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/** MongoDB against a wire-protocol stand-in (mongod has no Debian package): named, measured, and never quoted. */
class MongoStandInTest {

    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private static String awsKeyId() {
        SecureRandom random = new SecureRandom();
        StringBuilder key = new StringBuilder("AKIA");
        for (int i = 0; i < 16; i++) {
            key.append(BASE32.charAt(random.nextInt(BASE32.length())));
        }
        return key.toString();
    }

    @Test
    void openMongoIsNamedMeasuredAndItsSecretMasked() throws Exception {
        String key = awsKeyId();
        try (MongoStandIn mongo = new MongoStandIn(false, "please deploy with aws_access_key_id=" + key + " tonight")) {
            ScanResult result = ServiceScan.scan(mongo.port());
            Exposure exposure = result.exposures().getFirst();
            assertThat(exposure.service()).isEqualTo("mongodb");
            assertThat(exposure.access()).isEqualTo(Access.OPEN);
            Finding open = result.findings().stream().filter(f -> f.ruleId().equals("mongodb.unauthenticated")).findFirst().orElseThrow();
            assertThat(open.severity()).as(open.message() + " / " + open.evidence()).isEqualTo(Severity.CRITICAL);
            assertThat(open.message()).contains("MongoDB 7.0.12", "chat", "messages", "AWS");
            assertThat(open.asset().address()).isEqualTo("mongodb://127.0.0.1:" + mongo.port());
            assertThat(result.toString()).doesNotContain(key);
        }
    }

    @Test
    void mongoWithAccessControlAsksForAuthentication() throws Exception {
        try (MongoStandIn mongo = new MongoStandIn(true, "nothing to see")) {
            ScanResult result = ServiceScan.scan(mongo.port());
            Exposure exposure = result.exposures().getFirst();
            assertThat(exposure.service()).isEqualTo("mongodb");
            assertThat(exposure.access()).isEqualTo(Access.AUTH_REQUIRED);
            assertThat(exposure.detail()).contains("Unauthorized");
            assertThat(result.findings()).noneMatch(f -> f.ruleId().equals("mongodb.unauthenticated"));
        }
    }
}
