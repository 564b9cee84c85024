package dev.redshift.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.eval.EvaluationDomain;
import dev.redshift.eval.MeasuredNetworks;
import dev.redshift.eval.NetworkSampler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A released claim's work frees its producers and builds them again on the next look. */
class ClaimWorkReleaseTest {

    /** A producer that only records whether it was closed. */
    private static final class Producer implements NetworkSampler {
        boolean closed;

        @Override
        public EvaluationDomain domain() {
            throw new UnsupportedOperationException();
        }

        @Override
        public MeasuredNetworks measure(long first, int count) {
            throw new UnsupportedOperationException();
        }

        @Override
        public float[] evaluate(long first, int count) {
            return new float[] {first};
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    @Test
    void releasingClosesEveryProducerAndTheNextLookBuildsAFreshOne() {
        List<Producer> built = new ArrayList<>();
        LocalExecutor.Work work = new LocalExecutor.Work(i -> {
            Producer p = new Producer();
            built.add(p);
            return p;
        });
        assertThat(work.evaluate(0, 3, 1)).containsExactly(3f);
        assertThat(work.evaluate(1, 5, 1)).containsExactly(5f);
        assertThat(work.evaluate(0, 4, 1)).containsExactly(4f);
        assertThat(built).hasSize(2).noneMatch(p -> p.closed);
        work.release();
        assertThat(built).allMatch(p -> p.closed);
        assertThat(work.evaluate(0, 7, 1)).containsExactly(7f);
        assertThat(built).hasSize(3);
        assertThat(built.get(2).closed).isFalse();
        work.close();
        assertThat(built).allMatch(p -> p.closed);
    }
}
