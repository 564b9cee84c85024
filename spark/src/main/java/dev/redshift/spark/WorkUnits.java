package dev.redshift.spark;

import dev.redshift.engine.Slice;
import java.util.ArrayList;
import java.util.List;

/**
 * How a look becomes tasks: each slice cut into consecutive pieces, about {@code 2 × slots} tasks in all so that
 * a slow executor's share can be picked up by the others, none smaller than a floor below which a task's overhead
 * dominates and none larger than a ceiling of a few seconds of work.
 *
 * @param slots task slots of the cluster (Spark's default parallelism)
 * @param smallest fewest networks a piece gets (unless its slice has fewer)
 * @param largest most networks a piece gets
 */
public record WorkUnits(int slots, int smallest, int largest) {

    /** Untrained networks: a default MLP costs about 1.5 ms of one core, so 64 to 4,096 per task. */
    public static WorkUnits untrained(int slots) {
        return new WorkUnits(slots, 64, 4096);
    }

    /** Training runs: seconds each, so 1 to 64 per task (the trainer's largest batch). */
    public static WorkUnits trained(int slots) {
        return new WorkUnits(slots, 1, 64);
    }

    public WorkUnits {
        if (slots < 1 || smallest < 1 || largest < smallest) {
            throw new IllegalArgumentException("work units need slots ≥ 1 and 1 ≤ smallest ≤ largest, got " + slots
                    + ", " + smallest + ", " + largest);
        }
    }

    /**
     * A piece of a slice.
     *
     * @param slice index of the slice it belongs to
     * @param first its first network
     * @param count its networks
     */
    public record Piece(int slice, long first, int count) {
    }

    /** The pieces of every slice, slice by slice, each slice's pieces in order and covering it exactly. */
    public List<Piece> split(List<Slice> slices) {
        long total = slices.stream().mapToLong(Slice::count).sum();
        List<Piece> out = new ArrayList<>();
        for (int s = 0; s < slices.size(); s++) {
            Slice slice = slices.get(s);
            int n = slice.count();
            if (n == 0) {
                continue;
            }
            long share = Math.round(2.0 * slots * n / Math.max(1, total));
            int pieces = (int) Math.max(1, Math.min(share, n / smallest));
            pieces = Math.max(pieces, (n + largest - 1) / largest);
            long first = slice.first();
            for (int p = 0; p < pieces; p++) {
                // sizes differ by at most one network
                int size = n / pieces + (p < n % pieces ? 1 : 0);
                out.add(new Piece(s, first, size));
                first += size;
            }
        }
        return out;
    }
}
