package dev.ward.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.core.Finding;
import dev.ward.core.Severity;
import dev.ward.testkit.Pkcs12Stores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PKCS#12 key stores through the whole secrets scan: one finding each, with guidance and no key material. */
class KeyStoreFindingsTest {

    @TempDir
    Path dir;

    @Test
    void aGcpKeyStoreInAFolderIsOneCriticalFindingWithIamGuidance() throws Exception {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        Files.write(dir.resolve("legacy-key.p12"), store);
        Files.writeString(dir.resolve("README.md"), "nothing here\n");

        SecretsRun run = SecretsRun.of(new SecretsOptions(), dir);

        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secrets.gcp-p12-service-account-key");
            assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
            assertThat(f.title()).isEqualTo("Google Cloud service-account key (PKCS#12 file) exposed");
            assertThat(f.location().uri()).isEqualTo("legacy-key.p12");
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.location().column()).isEqualTo(1);
            assertThat(f.remediation()).contains("IAM & Admin > Service accounts > Keys").contains("rotate");
            assertThat(f.properties()).containsEntry("provider", "Google Cloud");
        });
        assertNoKeyMaterial(run, store);
    }

    @Test
    void anEmptyPasswordStoreIsHighAndAStrongOneIsNothing() throws Exception {
        Files.write(dir.resolve("server.pfx"), Pkcs12Stores.withPrivateKey(""));
        Files.write(dir.resolve("safe.p12"), Pkcs12Stores.withPrivateKey("Ward-strong-3f9c1a7e-pass"));

        SecretsRun run = SecretsRun.of(new SecretsOptions(), dir);

        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("secrets.pkcs12-private-key-weak-password");
            assertThat(f.severity()).isEqualTo(Severity.HIGH);
            assertThat(f.location().uri()).isEqualTo("server.pfx");
        });
    }

    @Test
    void aKeyStoreInsideAnArchiveIsFoundAtItsEntry() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("secrets/sa.p12"));
            out.write(Pkcs12Stores.withPrivateKey("notasecret"));
            out.closeEntry();
        }
        Files.write(dir.resolve("deploy.zip"), zip.toByteArray());

        SecretsRun run = SecretsRun.of(new SecretsOptions(), dir);

        assertThat(run.rule("gcp-p12-service-account-key")).singleElement()
                .satisfies(f -> assertThat(f.location().uri()).isEqualTo("deploy.zip!/secrets/sa.p12"));
    }

    @Test
    void theFingerprintIsStableAcrossRunsAndPaths() throws Exception {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        Files.write(dir.resolve("a.p12"), store);

        Finding first = SecretsRun.of(new SecretsOptions(), dir).findings().getFirst();
        Finding again = SecretsRun.of(new SecretsOptions(), dir).findings().getFirst();

        assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
    }

    /** Neither the store's bytes nor its private key appear, in any encoding a report could hold them in. */
    static void assertNoKeyMaterial(SecretsRun run, byte[] store) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        keyStore.load(new ByteArrayInputStream(store), "notasecret".toCharArray());
        String alias = keyStore.aliases().nextElement();
        byte[] key = keyStore.getKey(alias, "notasecret".toCharArray()).getEncoded();
        String text = run.allText();
        for (byte[] secret : new byte[][] {store, key}) {
            String base64 = Base64.getEncoder().encodeToString(secret);
            String hex = HexFormat.of().formatHex(secret);
            for (int at = 0; at + 32 <= base64.length(); at += 97) {
                assertThat(text).doesNotContain(base64.substring(at, at + 32));
            }
            for (int at = 0; at + 32 <= hex.length(); at += 97) {
                assertThat(text).doesNotContain(hex.substring(at, at + 32));
            }
        }
        assertThat(text).doesNotContain("PRIVATE KEY").doesNotContain("notasecret");
    }
}
