package dev.ward.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ward.core.Severity;
import dev.ward.detect.quality.PeerQuality;
import dev.ward.testkit.Pkcs12Stores;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KnownPasswordKeyStoreTest {

    private static final String GCP = "gcp-p12-service-account-key";
    private static final String WEAK = "pkcs12-private-key-weak-password";

    @Test
    void aStoreWithGooglesPasswordIsAGcpServiceAccountKey() throws Exception {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");

        Detection d = KnownPasswordKeyStore.find(store, 0, store.length).orElseThrow();

        assertThat(d.ruleId()).isEqualTo(GCP);
        assertThat(d.provider()).isEqualTo("Google Cloud");
        assertThat(d.category()).isEqualTo(Category.SECRET);
        assertThat(d.confidence()).isEqualTo(Confidence.STRUCTURALLY_VALID);
        assertThat(d.start()).isZero();
        assertThat(d.end()).isEqualTo(store.length);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(store));
        assertThat(d.value()).isEqualTo("sha256:" + sha256);
        assertThat(KnownPasswordKeyStore.rule(GCP).orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void keyStoreRuleIdsAreUniqueAndClashWithNoRegexRule() {
        for (KeyStoreRule rule : KnownPasswordKeyStore.RULES) {
            assertThat(SecretRules.standard().find(rule.id())).as(rule.id()).isEmpty();
            assertThat(KnownPasswordKeyStore.RULES.stream().filter(r -> r.id().equals(rule.id()))).hasSize(1);
        }
    }

    @Test
    void aStoreWithTheEmptyPasswordIsAWeakPasswordKey() {
        byte[] store = Pkcs12Stores.withPrivateKey("");

        Detection d = KnownPasswordKeyStore.find(store, 0, store.length).orElseThrow();

        assertThat(d.ruleId()).isEqualTo(WEAK);
        assertThat(d.provider()).isEmpty();
        assertThat(d.attributes()).containsEntry("password", "(empty)");
        assertThat(KnownPasswordKeyStore.rule(WEAK).orElseThrow().severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aStoreWithTheJdksDefaultPasswordIsAWeakPasswordKey() {
        byte[] store = Pkcs12Stores.withPrivateKey("changeit");

        assertThat(KnownPasswordKeyStore.find(store, 0, store.length)).map(Detection::ruleId).contains(WEAK);
    }

    @Test
    void theDetectionIsPlacedWhereTheStoreIsInsideALargerBuffer() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        byte[] buffer = new byte[store.length + 20];
        System.arraycopy(store, 0, buffer, 7, store.length);

        Detection d = KnownPasswordKeyStore.find(buffer, 7, store.length).orElseThrow();

        assertThat(d.start()).isEqualTo(7);
        assertThat(d.end()).isEqualTo(7 + store.length);
    }

    @Test
    void aStoreWithAStrongPasswordIsNotFlagged() {
        byte[] store = Pkcs12Stores.withPrivateKey("Ward-strong-3f9c1a7e-pass");

        assertThat(KnownPasswordKeyStore.looksLikePkcs12(store, 0, store.length)).isTrue();
        assertThat(KnownPasswordKeyStore.find(store, 0, store.length)).isEmpty();
    }

    @Test
    void aStoreWithoutAPrivateKeyIsNotFlagged() {
        byte[] store = Pkcs12Stores.withCertificateOnly("notasecret");

        assertThat(KnownPasswordKeyStore.find(store, 0, store.length)).isEmpty();
    }

    @Test
    void aStoreWithoutAMacIsNotOpenedSinceAnyPasswordWouldOpenIt() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret", "macAlgorithm", "NONE");

        assertThat(Pkcs12Outline.header(store, 0, store.length)).isTrue();
        assertThat(Pkcs12Outline.read(store, 0, store.length)).isEmpty();
        assertThat(KnownPasswordKeyStore.find(store, 0, store.length)).isEmpty();
    }

    @Test
    void aStoreThatWouldCostTooManyIterationsIsRefusedWithoutOpeningIt() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret", "macIterationCount", "300000");

        Pkcs12Outline outline = Pkcs12Outline.read(store, 0, store.length).orElseThrow();
        assertThat(outline.workIterations()).isGreaterThan(KnownPasswordKeyStore.MAX_WORK_ITERATIONS);
        long started = System.nanoTime();
        assertThat(KnownPasswordKeyStore.find(store, 0, store.length)).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(100);
    }

    @Test
    void theOutlineCountsTheIterationsOfTheMacAndTheEncryptedSafe() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret", "macIterationCount", "4000",
                "certPbeIterationCount", "3000");

        Pkcs12Outline outline = Pkcs12Outline.read(store, 0, store.length).orElseThrow();

        // PBES2 parameters add their key length (32) to the encrypted safe's 3,000
        assertThat(outline.workIterations()).isBetween(7000L, 7100L);
        assertThat(outline.mayHoldKey()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 16, 100, 1000, -1})
    void aTruncatedStoreIsNotAFinding(int keep) {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        byte[] truncated = Arrays.copyOf(store, keep < 0 ? store.length - 1 : keep);

        assertThat(KnownPasswordKeyStore.looksLikePkcs12(truncated, 0, truncated.length)).isFalse();
        assertThat(KnownPasswordKeyStore.find(truncated, 0, truncated.length)).isEmpty();
    }

    @Test
    void aStoreWithACorruptedByteIsNotAFinding() {
        byte[] store = Pkcs12Stores.withPrivateKey("notasecret");
        for (int at : new int[] {store.length / 3, store.length / 2, store.length - 5}) {
            byte[] corrupted = store.clone();
            corrupted[at] ^= 0x5A;
            assertThat(KnownPasswordKeyStore.find(corrupted, 0, corrupted.length)).as("flipped byte %d", at).isEmpty();
        }
    }

    @Test
    void randomBytesAndTextAreNotFindings() {
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            byte[] noise = new byte[1 + random.nextInt(4000)];
            random.nextBytes(noise);
            if (i % 2 == 0) {
                noise[0] = 0x30; // a SEQUENCE, to get past the first byte
            }
            assertThat(KnownPasswordKeyStore.find(noise, 0, noise.length)).isEmpty();
        }
        byte[] text = "0\u0082 not a key store".getBytes(StandardCharsets.UTF_8);
        assertThat(KnownPasswordKeyStore.find(text, 0, text.length)).isEmpty();
    }

    @Test
    void contentOverTheSizeLimitIsNotOpened() {
        byte[] big = new byte[KnownPasswordKeyStore.MAX_BYTES + 8];
        big[0] = 0x30;
        big[1] = (byte) 0x83;
        int length = big.length - 5;
        big[2] = (byte) (length >> 16);
        big[3] = (byte) (length >> 8);
        big[4] = (byte) length;

        assertThat(KnownPasswordKeyStore.looksLikePkcs12(big, 0, big.length)).isFalse();
    }

    /** secretlint's fixtures for its GCP rule: four stores under "notasecret" it flags, six files it must not. */
    @ParameterizedTest
    @ValueSource(strings = {"ng.privatekey-p12", "ng.privatekey-p12-sha256-mac", "ng.privatekey-p12-sha384-mac",
            "ng.privatekey-p12-sha512-mac"})
    void secretlintsGcpKeyStoresAreFound(String snapshot) throws IOException {
        byte[] input = Files.readAllBytes(secretlintSnapshot(snapshot).resolve("input.p12"));

        assertThat(KnownPasswordKeyStore.find(input, 0, input.length)).map(Detection::ruleId).contains(GCP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok.invalid-p12-empty", "ok.invalid-p12-huge-iter", "ok.invalid-p12-no-mac",
            "ok.invalid-p12-random", "ok.invalid-p12-truncated", "ok.secure-privatekey-p12"})
    void secretlintsNegativeKeyStoresAreNotFound(String snapshot) throws IOException {
        byte[] input = Files.readAllBytes(secretlintSnapshot(snapshot).resolve("input.p12"));

        long started = System.nanoTime();
        Optional<Detection> found = KnownPasswordKeyStore.find(input, 0, input.length);

        assertThat(found).isEmpty();
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(1000);
    }

    private static Path secretlintSnapshot(String name) {
        Optional<Path> datasets = PeerQuality.secretsDatasets();
        assumeTrue(datasets.isPresent(), "shared/datasets/secrets not found above " + System.getProperty("user.dir")
                + "; the secretlint PKCS#12 fixtures are skipped outside the Ward workspace");
        return datasets.get().resolve("secretlint/secretlint-rule-gcp/test/snapshots").resolve(name);
    }
}
