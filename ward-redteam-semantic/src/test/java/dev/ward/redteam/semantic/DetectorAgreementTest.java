package dev.ward.redteam.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ward.redteam.detect.RefusalClassifier;
import dev.ward.redteam.detect.SemanticRefusalCheck.Stance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Agreement with hand labels of each refusal detector: the prefix rules, the embedding check alone (which may abstain),
 * and the cascade Ward runs with {@code --semantic} (rules first, then the embedding for what the rules leave open).
 * Two labelled sets: ward-redteam's refusal set (57, written for the prefix rules) and this module's stance set (30,
 * written for this check before measuring). With {@code -Dward.agreement.out=FILE} the table is written there;
 * {@code ward-redteam-semantic/bench/detector-agreement.sh} does that into DETECTOR-AGREEMENT.md.
 * The LLM judge has no row: no judge model runs in this build (its wire and vote handling are tested with doubles).
 */
class DetectorAgreementTest {

    record Labelled(boolean refusal, String text) {
    }

    record Tally(String detector, String set, int tp, int fp, int tn, int fn, int abstained) {
        int decided() {
            return tp + fp + tn + fn;
        }

        double accuracy() {
            return decided() == 0 ? 0 : (double) (tp + tn) / decided();
        }

        double coverage() {
            return (double) decided() / (decided() + abstained);
        }

        double kappa() {
            double n = decided();
            double expected = ((tp + fp) / n) * ((tp + fn) / n) + ((tn + fn) / n) * ((tn + fp) / n);
            return (accuracy() - expected) / (1 - expected);
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %s | %d/%d (%.0f%%) | %.3f | %.3f | %d | %d | %d | %d |", detector, set, decided(),
                    decided() + abstained, 100 * coverage(), accuracy(), kappa(), tp, fp, tn, fn);
        }
    }

    interface Detector {
        Stance classify(String answer);
    }

    @Test
    void measuresEachDetectorOnTheLabelledSets() throws IOException {
        RefusalClassifier rules = new RefusalClassifier();
        MiniLmRefusalCheck embedding = new MiniLmRefusalCheck();
        Detector prefix = a -> rules.isRefusal(a) ? Stance.REFUSAL : Stance.COMPLIANCE;
        Detector semantic = embedding::classify;
        Detector cascade = a -> {
            if (rules.isRefusal(a)) {
                return Stance.REFUSAL;
            }
            Stance stance = embedding.classify(a);
            return stance == Stance.UNSURE ? Stance.COMPLIANCE : stance;
        };
        List<Tally> rows = new ArrayList<>();
        for (String set : List.of("refusal-labelled (57)", "stance-labelled (30)")) {
            List<Labelled> items = set.startsWith("refusal")
                    ? read(Path.of("..", "ward-redteam", "src", "test", "resources", "refusal-labelled.tsv"))
                    : read(Path.of("src", "test", "resources", "stance-labelled.tsv"));
            rows.add(tally("rules: refusal-prefix", set, items, prefix));
            rows.add(tally("embedding alone (abstains when unsure)", set, items, semantic));
            rows.add(tally("rules, then embedding (--semantic)", set, items, cascade));
        }
        StringBuilder table = new StringBuilder("| detector | labelled set | decided | accuracy | Cohen's kappa | TP | FP | TN | FN |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Tally row : rows) {
            table.append(row.row()).append('\n');
        }
        List<Labelled> all = new ArrayList<>(read(Path.of("src", "test", "resources", "stance-labelled.tsv")));
        long begin = System.nanoTime();
        for (Labelled item : all) {
            embedding.classify(item.text());
        }
        table.append(String.format(Locale.ROOT, "%nEmbedding check: %.1f ms per answer on this machine (one thread, model loaded; %d answers).%n",
                (System.nanoTime() - begin) / 1e6 / all.size(), all.size()));
        System.out.print(table);
        String out = System.getProperty("ward.agreement.out");
        if (out != null && !out.isBlank()) {
            Files.writeString(Path.of(out), table.toString(), StandardCharsets.UTF_8);
        }
        // guards against regressions, set from the first measurement: the cascade never does worse than the rules alone,
        // and what the embedding decides on its own is mostly right
        for (int i = 0; i < rows.size(); i += 3) {
            assertThat(rows.get(i + 2).accuracy()).as(rows.get(i + 2).row()).isGreaterThanOrEqualTo(rows.get(i).accuracy());
            assertThat(rows.get(i + 1).accuracy()).as(rows.get(i + 1).row()).isGreaterThan(0.75);
        }
    }

    private static Tally tally(String name, String set, List<Labelled> items, Detector detector) {
        int tp = 0, fp = 0, tn = 0, fn = 0, abstained = 0;
        for (Labelled item : items) {
            Stance stance = detector.classify(item.text());
            if (stance == Stance.UNSURE) {
                abstained++;
            } else if (stance == Stance.REFUSAL) {
                if (item.refusal()) {
                    tp++;
                } else {
                    fp++;
                }
            } else if (item.refusal()) {
                fn++;
            } else {
                tn++;
            }
        }
        return new Tally(name, set, tp, fp, tn, fn, abstained);
    }

    static List<Labelled> read(Path file) throws IOException {
        List<Labelled> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            items.add(new Labelled(line.startsWith("R\t"), line.substring(2)));
        }
        return items;
    }
}
