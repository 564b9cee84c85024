package dev.redshift.report;

import dev.redshift.engine.ClaimOutcome;
import dev.redshift.report.FigureSweep.Cell;
import dev.redshift.report.FigureSweep.Results;
import dev.redshift.stats.Numbers;
import dev.redshift.stats.ReadingVerdicts;
import dev.redshift.stats.ReadingVerdicts.Robustness;
import dev.redshift.stats.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's sections on the readings of the Fourier measure (issue 26): the two readings of {@code fourier}
 * side by side on the same networks, and each claim decided under several readings, reading by reading.
 */
final class ReadingFigures {

    /** The readings the table and the heat maps compare: the sweep's label and how the report names it. */
    private static final List<String[]> READINGS = List.of(new String[] {"fourier", "DC excluded (main text, k = 1..K)"},
            new String[] {FigureSweep.FOURIER_DC, "DC included (App. D, K = [0..m/2]^d)"});

    private ReadingFigures() {
    }

    /** "The measure's reading": the table re-measured by this run, and Fig. 4 under both readings side by side. */
    static ReplicationReport.Section section(Results r, Path dir) {
        List<String[]> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("activation", "reading"));
        FigureSweep.WEIGHT_SCALES.forEach(w -> header.add("×" + Numbers.format(w)));
        header.add("×16 − ×1");
        header.add("rises at every step");
        table.add(header.toArray(String[]::new));
        for (int a = 0; a < FigureSweep.READING_ACTIVATIONS.size(); a++) {
            for (String[] reading : READINGS) {
                int m = r.measures().indexOf(reading[0]);
                List<String> row = new ArrayList<>(List.of(FigureSweep.READING_ACTIVATIONS.get(a), reading[1]));
                Cell[] cells = r.readingsByScale()[a];
                boolean rises = true;
                for (int w = 0; w < cells.length; w++) {
                    row.add(String.format(Locale.ROOT, "%.2f", cells[w].mean(m)));
                    rises &= w == 0 || cells[w].mean(m) > cells[w - 1].mean(m);
                }
                row.add(String.format(Locale.ROOT, "%+.2f", cells[cells.length - 1].mean(m) - cells[0].mean(m)));
                row.add(rises ? "yes" : "no");
                table.add(row.toArray(String[]::new));
            }
        }
        return new ReplicationReport.Section("The measure's reading",
                "The paper defines C_Fourier twice: the main text sums over k = 1..K (the DC term left out, DESIGN §3's"
                        + " default), Appendix D over K = [0..m/2]^d (the DC magnitude in the denominator). The two"
                        + " readings of the same networks: mean Fourier complexity of " + FigureSweep.READING_NETWORKS
                        + " random MLPs per cell (depth 3, width 64, " + r.grid() + "×" + r.grid() + " grid) against"
                        + " the weight magnitude, re-measured by this run (descriptive, not a test; the claims"
                        + " decided under both readings are in the matrix below). Then Fig. 4 under each reading, side"
                        + " by side (left: DC excluded, right: DC included; each reading on its own colour scale), "
                        + r.networksPerCell() + " networks per cell. docs/measures.md defines every reading.",
                heatmaps(r, dir), table);
    }

    /** Fig. 4 panels of both readings, interleaved activation by activation. */
    private static List<String> heatmaps(Results r, Path dir) {
        List<List<String>> per = new ArrayList<>();
        for (String[] reading : READINGS) {
            String prefix = "readings/fig4-" + (reading[0].equals("fourier") ? "dc-excluded" : "dc-included");
            per.add(ReplicationFigures.heatmaps(r, reading[0], dir, prefix, ", " + reading[1]));
        }
        List<String> out = new ArrayList<>();
        for (int a = 0; a < FigureSweep.ACTIVATIONS.size(); a++) {
            for (List<String> files : per) {
                out.add(files.get(a));
            }
        }
        return out;
    }

    /**
     * The finding × reading matrix: every claim decided under several readings, its findings, its verdict under
     * each reading and what they say together; the caption counts robust and reading-dependent verdicts.
     */
    static ReplicationReport.Section matrix(List<ClaimOutcome> outcomes) {
        List<ClaimOutcome> decided = outcomes.stream().filter(o -> o.readings() != null).toList();
        List<String> readings = new ArrayList<>();
        decided.forEach(o -> o.readings().readings().stream().filter(l -> !readings.contains(l)).forEach(readings::add));
        List<String[]> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("finding", "claim"));
        header.addAll(readings);
        header.add("together");
        table.add(header.toArray(String[]::new));
        Map<Robustness, Integer> counts = new EnumMap<>(Robustness.class);
        int dependsFail = 0;
        for (ClaimOutcome o : decided) {
            ReadingVerdicts v = o.readings();
            List<String> row = new ArrayList<>();
            row.add(o.plan().findings().isEmpty() ? "" : String.join(", ", o.plan().findings().stream()
                    .map(f -> Character.isDigit(f.charAt(0)) ? "#" + f : f).toList()));
            row.add(o.plan().name() + " (" + o.plan().position().file() + ":" + o.plan().position().line() + ")");
            for (String reading : readings) {
                int k = v.readings().indexOf(reading);
                row.add(k < 0 ? "—" : v.verdicts().get(k).name());
            }
            row.add(v.robustness().words() + (v.robustness() == Robustness.DEPENDS ? " → " + v.verdict() : ""));
            table.add(row.toArray(String[]::new));
            counts.merge(v.robustness(), 1, Integer::sum);
            if (v.robustness() == Robustness.DEPENDS && v.verdict() == Verdict.FAIL) {
                dependsFail++;
            }
        }
        String caption = decided.size() + " claims of this run were decided under several readings of their measure,"
                + " on the same networks, each reading at its Bonferroni share of the claim's confidence: "
                + counts.getOrDefault(Robustness.ROBUST_PASS, 0) + " robust PASS, "
                + counts.getOrDefault(Robustness.ROBUST_FAIL, 0) + " robust FAIL (does not replicate under any"
                + " reading), " + counts.getOrDefault(Robustness.ROBUST_INCONCLUSIVE, 0) + " robust INCONCLUSIVE, "
                + counts.getOrDefault(Robustness.DEPENDS, 0) + " depend on the measure's reading (" + dependsFail
                + " of them FAIL under some reading). A claim's test verdict is PASS only under every reading and FAIL"
                + " when any reading FAILs; a finding whose FAILs all depend on the reading is filed as \"depends on"
                + " the reading\", not \"against\".";
        return new ReplicationReport.Section("Findings × readings of the measure", caption, List.of(), table);
    }
}
