package dev.redshift.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.engine.Slice;
import java.util.List;
import java.util.Map;
import org.apache.spark.resource.ResourceInformation;
import org.junit.jupiter.api.Test;

/** How a look becomes tasks, and which GPU a task reads from its resources. */
class WorkUnitsTest {

    @Test
    void aLookIsCutIntoAboutTwoTasksPerSlotCoveringEverySliceInOrder() {
        List<WorkUnits.Piece> pieces = WorkUnits.untrained(4).split(List.of(new Slice(0, 100, 1000),
                new Slice(1, 100, 1000)));
        // 8 tasks for 4 slots, shared between the two slices, sizes differing by at most one
        assertThat(pieces).containsExactly(new WorkUnits.Piece(0, 100, 250), new WorkUnits.Piece(0, 350, 250),
                new WorkUnits.Piece(0, 600, 250), new WorkUnits.Piece(0, 850, 250), new WorkUnits.Piece(1, 100, 250),
                new WorkUnits.Piece(1, 350, 250), new WorkUnits.Piece(1, 600, 250), new WorkUnits.Piece(1, 850, 250));
        assertThat(WorkUnits.untrained(4).split(List.of(new Slice(0, 0, 10))))
                .containsExactly(new WorkUnits.Piece(0, 0, 10));
    }

    @Test
    void piecesStayBetweenTheSmallestAndLargestSize() {
        // 100 slots would want 200 tasks, but no task gets fewer than 64 networks
        assertThat(WorkUnits.untrained(100).split(List.of(new Slice(2, 0, 200)))).extracting(WorkUnits.Piece::count)
                .containsExactly(67, 67, 66);
        // one slot would want 2 tasks, but none gets more than 4,096 networks
        assertThat(WorkUnits.untrained(1).split(List.of(new Slice(0, 0, 10_000)))).extracting(WorkUnits.Piece::count)
                .containsExactly(3334, 3333, 3333);
        assertThat(WorkUnits.trained(2).split(List.of(new Slice(0, 4, 5), new Slice(1, 4, 0))))
                .containsExactly(new WorkUnits.Piece(0, 4, 2), new WorkUnits.Piece(0, 6, 1), new WorkUnits.Piece(0, 7, 1),
                        new WorkUnits.Piece(0, 8, 1));
    }

    @Test
    void theTaskReadsItsGpuFromTheResourcesSparkAssignedIt() {
        assertThat(UnitTask.assignedGpu(Map.of("gpu", new ResourceInformation("gpu", new String[] {"3"}))))
                .isEqualTo(3);
        assertThat(UnitTask.assignedGpu(Map.of())).isEqualTo(-1);
    }

    @Test
    void theCanaryAcceptsOnlyBitIdenticalValues() {
        List<String> measures = List.of("lz", "fourier");
        assertThat(Canary.compare(new double[] {1.5, Double.NaN}, new double[] {1.5, Double.NaN}, measures, 0, "c",
                "executor 1")).isEmpty();
        assertThat(Canary.compare(new double[] {1.5, 2}, new double[] {1.5, Math.nextUp(2.0)}, measures, 7, "relu",
                "executor 1 on node-3")).get().asString()
                .startsWith("canary: executor 1 on node-3 gave fourier = 2.0000000000000004 for network 7 of 'relu',"
                        + " this driver 2.0 — ");
    }
}
