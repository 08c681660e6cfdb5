// Benchmark driver for ward-models; run by models-vs-picklescan.sh with the module's classes on the class path.
// Not part of the unit tests.
import dev.ward.models.ModelScanner;
import dev.ward.models.RecordingListener;
import dev.ward.models.corpus.PicklescanCorpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

public class ModelsBench {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "agreement" -> agreement(Path.of(args[1]));
            case "throughput" -> throughput(Path.of(args[1]));
            default -> throw new IllegalArgumentException("usage: agreement DIR | throughput FILE");
        }
    }

    static void agreement(Path corpus) throws Exception {
        List<PicklescanCorpus.Outcome> outcomes = PicklescanCorpus.run(corpus);
        int malicious = 0, maliciousFlagged = 0, benign = 0, benignFlagged = 0, expectedGlobals = 0, matchedGlobals = 0;
        for (PicklescanCorpus.Outcome o : outcomes) {
            System.out.printf("%-5s %-48s expect=%-9s ward=%-7s dangerous-globals=%d/%d%s%n", o.agrees() ? "AGREE" : "DIFF",
                    o.file(), o.expectMalicious() ? "malicious" : "benign", o.flagged() ? "flagged" : "clean",
                    o.expectedDangerous().size() - o.missingDangerous().size(), o.expectedDangerous().size(),
                    o.missingDangerous().isEmpty() ? "" : " missing " + o.missingDangerous());
            expectedGlobals += o.expectedDangerous().size();
            matchedGlobals += o.expectedDangerous().size() - o.missingDangerous().size();
            if (o.expectMalicious()) {
                malicious++;
                maliciousFlagged += o.flagged() ? 1 : 0;
            } else {
                benign++;
                benignFlagged += o.benignNoise() ? 1 : 0;
            }
        }
        System.out.printf("%nmalicious flagged: %d/%d%nbenign flagged (any finding >= medium): %d/%d%n"
                        + "expected dangerous globals named by Ward: %d/%d%nfiles in full agreement: %d/%d%n",
                maliciousFlagged, malicious, benignFlagged, benign, matchedGlobals, expectedGlobals,
                outcomes.stream().filter(PicklescanCorpus.Outcome::agrees).count(), outcomes.size());
    }

    static void throughput(Path file) throws Exception {
        long bytes = Files.size(file);
        RecordingListener listener = new RecordingListener();
        long start = System.nanoTime();
        new ModelScanner().scan(List.of(file), listener);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("scanned %s: %.2f GB in %.2f s = %.0f MB/s; findings: %d%n%s", file.getFileName(),
                bytes / 1e9, seconds, bytes / 1e6 / seconds, listener.findings().size(), listener.summary());
    }
}
