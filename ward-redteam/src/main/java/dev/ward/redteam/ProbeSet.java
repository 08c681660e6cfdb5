package dev.ward.redteam;

import dev.ward.redteam.journal.JournalEntry;
import dev.ward.redteam.probe.BenchmarkFormat;
import dev.ward.redteam.probe.BenchmarkLoader;
import dev.ward.redteam.probe.Probe;
import dev.ward.redteam.probe.ProbeLibrary;
import dev.ward.redteam.target.ChatTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The probes a run sends, and the fingerprint that ties a journal to them. */
public final class ProbeSet {

    private ProbeSet() {
    }

    public static List<Probe> build(RedteamOptions options) throws IOException {
        List<Probe> probes = new ArrayList<>();
        if (!options.noWardProbes()) {
            probes.addAll(ProbeLibrary.ward(options.seed(), options.categories()));
        }
        BenchmarkLoader loader = new BenchmarkLoader(options.seed(), options.datasetLimit());
        for (String dataset : options.datasets()) {
            int eq = dataset.indexOf('=');
            Path path = Path.of(eq < 0 ? dataset : dataset.substring(eq + 1));
            BenchmarkFormat format = eq < 0 ? BenchmarkFormat.guess(path) : BenchmarkFormat.parse(dataset.substring(0, eq));
            for (Probe probe : loader.load(format, path)) {
                if (options.categories().contains(probe.category())) {
                    probes.add(probe);
                }
            }
        }
        return probes;
    }

    /** A hash over probe ids and texts: a journal written for other probes must not be resumed. */
    public static String fingerprint(List<Probe> probes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Probe probe : probes) {
                digest.update((probe.id() + "\u0000" + probe.systemPromptAddition() + "\u0000" + probe.turns() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static JournalEntry header(RedteamOptions options, List<Probe> probes, ChatTarget target) {
        return new JournalEntry("header", null, null, null, null, null, null, null, null, null, null, null, System.currentTimeMillis(),
                target == null ? options.target() : target.describe(), options.model(), options.seed(), options.samples(),
                options.temperature(), options.topP(), fingerprint(probes));
    }

    static void checkCompatible(RedteamOptions options, List<Probe> probes, List<JournalEntry> previous) throws IOException {
        Path path = options.journalPath();
        if (!options.resume() && !options.rescore() && Files.exists(path) && Files.size(path) > 0) {
            throw new IllegalStateException("journal " + path + " already exists: pass --resume to continue it, or choose another --journal");
        }
        if ((options.resume() || options.rescore()) && previous.isEmpty() && options.rescore()) {
            throw new IllegalStateException("journal " + path + " holds nothing to re-score");
        }
        for (JournalEntry entry : previous) {
            if (entry.isHeader()) {
                String expected = fingerprint(probes);
                if (!expected.equals(entry.probeSet()) || !java.util.Objects.equals(entry.seed(), options.seed())) {
                    throw new IllegalStateException("journal " + path + " was written for another probe set or seed; "
                            + "use the same --seed, --categories and --dataset options, or a new --journal");
                }
                return;
            }
        }
    }
}
