package dev.ward.secrets.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.secrets.FakeSecrets;
import dev.ward.secrets.SecretsOptions;
import dev.ward.secrets.SecretsRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Archives made with the JDK (zip, jar) and with tar: nesting, limits, bombs and broken files. */
class ArchiveScanTest {

    private final FakeSecrets fakes = new FakeSecrets(61);

    @TempDir
    Path root;

    private static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void secretsInNestedZipJarAndTarGzAreFoundWithTheirEntryPath() throws Exception {
        String inZip = fakes.openAi();
        String inJarInZip = fakes.anthropic();
        String inTgz = fakes.gitHub();
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        try (JarOutputStream out = new JarOutputStream(jar)) {
            out.putNextEntry(new ZipEntry("config/app.properties"));
            out.write(utf8("name=demo\nanthropic.key=" + inJarInZip + "\n"));
            out.closeEntry();
            out.putNextEntry(new ZipEntry("App.class"));
            out.write(new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 65});
            out.closeEntry();
        }
        Files.write(root.resolve("bundle.zip"), zip(Map.of(".env", utf8("OPENAI_API_KEY=" + inZip + "\n"),
                "lib/plugin.jar", jar.toByteArray())));
        Path staging = Files.createDirectories(root.resolve("staging/etc"));
        Files.writeString(staging.resolve("deploy.conf"), "token " + inTgz + "\n");
        Process tar = new ProcessBuilder("tar", "-czf", root.resolve("etc.tar.gz").toString(), "-C",
                root.resolve("staging").toString(), "etc").redirectErrorStream(true).start();
        assertThat(tar.waitFor()).isZero();
        Files.walk(root.resolve("staging")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());

        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat(run.of(inZip)).singleElement().satisfies(f -> assertThat(f.location().uri()).isEqualTo("bundle.zip!/.env"));
        assertThat(run.of(inJarInZip)).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo("bundle.zip!/lib/plugin.jar!/config/app.properties");
            assertThat(f.location().line()).isEqualTo(2);
        });
        assertThat(run.of(inTgz)).singleElement().satisfies(f -> assertThat(f.location().uri()).isEqualTo("etc.tar.gz!/etc/deploy.conf"));
        assertThat(run.unreadable()).isEmpty();
    }

    @Test
    void zipBombIsStoppedWithANoteWhileOtherFilesAreScanned() throws Exception {
        String key = fakes.openAi();
        Files.writeString(root.resolve("app.env"), "K=" + key + "\n");
        try (OutputStream file = Files.newOutputStream(root.resolve("bomb.zip"));
             ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'a');
            for (int i = 0; i < 200; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(root.resolve("bomb.zip"))).isLessThan(2 << 20);
        long started = System.nanoTime();
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(20_000);
        assertThat(run.of(key)).hasSize(1);
        assertThat(run.unreadable()).singleElement().satisfies(f -> {
            assertThat(f.location().uri()).isEqualTo("bomb.zip");
            assertThat(f.message()).contains("zip bomb");
        });
    }

    @Test
    void entryCountAndNestingLimitsAreEnforced() throws Exception {
        java.util.Map<String, byte[]> many = new java.util.TreeMap<>();
        for (int i = 0; i < 50; i++) {
            many.put("f" + i + ".txt", utf8("entry " + i));
        }
        Files.write(root.resolve("many.zip"), zip(many));
        byte[] nested = zip(Map.of("secret.txt", utf8("K=" + fakes.openAi())));
        for (int depth = 0; depth < 4; depth++) {
            nested = zip(Map.of("level" + depth + ".zip", nested));
        }
        Files.write(root.resolve("deep.zip"), nested);
        SecretsRun run = SecretsRun.of(new SecretsOptions().archiveLimits(new ArchiveLimits(3, 1 << 30, 20, 100)), root);
        assertThat(run.unreadable()).extracting(f -> f.message())
                .anySatisfy(m -> assertThat(m).contains("many.zip").contains("more than 20 entries"))
                .anySatisfy(m -> assertThat(m).contains("deep.zip!/level3.zip!/level2.zip").contains("nested more than 3 deep"));
    }

    @Test
    void brokenAndTruncatedArchivesGiveANote() throws Exception {
        String key = fakes.openAi();
        byte[] noise = new byte[20_000];
        new java.util.Random(3).nextBytes(noise);
        // Incompressible second entry, so the cut lands inside its data (a cut inside the central directory loses
        // nothing a stream reader needs, and is not reported).
        byte[] good = zip(new java.util.TreeMap<>(Map.of("a.txt", utf8("K=" + key + "\n"), "b.bin", noise)));
        Files.write(root.resolve("truncated.zip"), Arrays.copyOf(good, good.length / 2));
        Files.writeString(root.resolve("fake.zip"), "this is not a zip file at all");
        Files.write(root.resolve("garbage.tar"), new byte[1024 + 7]);
        byte[] badTar = new byte[1024];
        System.arraycopy(utf8("name.txt"), 0, badTar, 0, 8);
        System.arraycopy(utf8("ustar"), 0, badTar, 257, 5);
        Files.write(root.resolve("badsum.tar"), badTar);
        SecretsRun run = SecretsRun.of(new SecretsOptions(), root);
        assertThat(run.unreadable()).extracting(f -> f.location().uri()).contains("truncated.zip", "fake.zip", "badsum.tar");
        assertThat(run.unreadable()).allSatisfy(f -> assertThat(f.message()).contains("broken archive"));
        assertThat(run.of(key)).as("the entry before the cut is still scanned").hasSize(1);
    }
}
