package dev.ward.surface.scale;

import dev.ward.surface.targets.ScanOrder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * A scan's progress in a small text file, so a run that crashed or was stopped continues where it left off. It names
 * the scan order it belongs to (targets, ports, seed, shard); resuming a different scan from it is refused. Writes go
 * to a temporary file that is then renamed over the old one, so the file is always whole.
 */
public final class ResumeFile implements Checkpoint {

    private static final String MAGIC = "# ward resume state v1; delete this file to start the scan over";

    private final Path path;
    private final String order;

    private ResumeFile(Path path, String order) {
        this.path = path;
        this.order = order;
    }

    /** The resume file for this order; fails when the file exists but was written for another scan. */
    public static ResumeFile forOrder(Path path, ScanOrder order) {
        ResumeFile file = new ResumeFile(path, order.fingerprint());
        if (Files.exists(path)) {
            String saved = file.read().order;
            if (!saved.equals(file.order)) {
                throw new IllegalArgumentException("resume file " + path + " belongs to a different scan (targets, ports, seed or shard"
                        + " changed); delete it to start over");
            }
        }
        return file;
    }

    /** The seed a resume file was written with, so a resumed run can reuse it without {@code --seed}. */
    public static OptionalLong savedSeed(Path path) {
        if (!Files.exists(path)) {
            return OptionalLong.empty();
        }
        String order = new ResumeFile(path, "").read().order;
        int at = order.indexOf(" seed ");
        if (at < 0) {
            return OptionalLong.empty();
        }
        String rest = order.substring(at + 6);
        int space = rest.indexOf(' ');
        return OptionalLong.of(Long.parseLong(space < 0 ? rest : rest.substring(0, space)));
    }

    public Path path() {
        return path;
    }

    @Override
    public ProgressLedger ledger() {
        if (!Files.exists(path)) {
            return new ProgressLedger();
        }
        Saved saved = read();
        return new ProgressLedger(saved.watermark, saved.done);
    }

    @Override
    public synchronized void save(ProgressLedger ledger) {
        ProgressLedger.Snapshot snapshot = ledger.snapshot();
        Path dir = path.toAbsolutePath().getParent();
        try {
            Path temp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                w.write(MAGIC + "\norder " + order + "\nwatermark " + snapshot.watermark() + "\ndoneCount " + snapshot.doneCount() + "\n");
                List<Long> done = snapshot.doneAbove();
                for (int i = 0; i < done.size(); i += 64) {
                    StringBuilder line = new StringBuilder("done");
                    done.subList(i, Math.min(done.size(), i + 64)).forEach(p -> line.append(' ').append(p));
                    w.write(line.append('\n').toString());
                }
                w.write("end\n");
            }
            try {
                Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save resume file " + path + ": " + e.getMessage(), e);
        }
    }

    private record Saved(String order, long watermark, List<Long> done) {
    }

    private Saved read() {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read resume file " + path + ": " + e.getMessage());
        }
        if (lines.isEmpty() || !lines.getFirst().equals(MAGIC) || !lines.getLast().equals("end")) {
            throw new IllegalArgumentException("resume file " + path + " is not a complete Ward resume file");
        }
        String savedOrder = null;
        long watermark = -1;
        List<Long> done = new ArrayList<>();
        try {
            for (String line : lines.subList(1, lines.size() - 1)) {
                if (line.startsWith("order ")) {
                    savedOrder = line.substring(6);
                } else if (line.startsWith("watermark ")) {
                    watermark = Long.parseLong(line.substring(10));
                } else if (line.startsWith("done ")) {
                    for (String p : line.substring(5).split(" ")) {
                        done.add(Long.parseLong(p));
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("resume file " + path + " is damaged: " + e.getMessage());
        }
        if (savedOrder == null || watermark < 0) {
            throw new IllegalArgumentException("resume file " + path + " is damaged: no order or watermark");
        }
        return new Saved(savedOrder, watermark, done);
    }
}
