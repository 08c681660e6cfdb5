package dev.ward.testkit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.concurrent.TimeUnit;

/**
 * Real PKCS#12 key stores for tests: one self-signed RSA key pair made once per JVM by the JDK's own {@code keytool},
 * written again by the JDK's {@link KeyStore} API under whatever password and protection a test needs.
 */
public final class Pkcs12Stores {

    private static final String ALIAS = "ward-test";
    private static final char[] SEED_PASSWORD = "ward-seed-password".toCharArray();

    private static final class Seed {
        static final KeyStore.PrivateKeyEntry ENTRY = generate();
    }

    private Pkcs12Stores() {
    }

    /** A store holding the test key pair, its MAC and encryption under {@code password} (may be empty). */
    public static byte[] withPrivateKey(String password) {
        return write(password, true);
    }

    /** A store holding only the test certificate (no private key), under {@code password}. */
    public static byte[] withCertificateOnly(String password) {
        return write(password, false);
    }

    /**
     * As {@link #withPrivateKey}, with the JDK's {@code keystore.pkcs12.*} properties set while it is written, such as
     * {@code macIterationCount} or {@code macAlgorithm=NONE}; given as name, value, name, value.
     */
    public static synchronized byte[] withPrivateKey(String password, String... properties) {
        String[] previous = new String[properties.length / 2];
        for (int i = 0; i < previous.length; i++) {
            previous[i] = System.setProperty("keystore.pkcs12." + properties[2 * i], properties[2 * i + 1]);
        }
        try {
            return write(password, true);
        } finally {
            for (int i = 0; i < previous.length; i++) {
                String name = "keystore.pkcs12." + properties[2 * i];
                if (previous[i] == null) {
                    System.clearProperty(name);
                } else {
                    System.setProperty(name, previous[i]);
                }
            }
        }
    }

    private static byte[] write(String password, boolean withKey) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            KeyStore.PrivateKeyEntry seed = Seed.ENTRY;
            if (withKey) {
                store.setKeyEntry(ALIAS, seed.getPrivateKey(), password.toCharArray(), seed.getCertificateChain());
            } else {
                store.setCertificateEntry(ALIAS, seed.getCertificate());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.store(out, password.toCharArray());
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyStore.PrivateKeyEntry generate() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ward-p12-seed");
            Path file = dir.resolve("seed.p12");
            Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
            Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", ALIAS, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "3650", "-dname", "CN=Ward Test Key, O=Ward", "-storetype", "PKCS12",
                    "-keystore", file.toString(), "-storepass", new String(SEED_PASSWORD), "-noprompt")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(Files.readAllBytes(file)), SEED_PASSWORD);
            Key key = store.getKey(ALIAS, SEED_PASSWORD);
            Certificate[] chain = store.getCertificateChain(ALIAS);
            return new KeyStore.PrivateKeyEntry((PrivateKey) key, chain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (dir != null) {
                dir.resolve("seed.p12").toFile().delete();
                dir.toFile().delete();
            }
        }
    }
}
