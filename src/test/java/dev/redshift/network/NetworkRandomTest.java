package dev.redshift.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Network k of a sample with seed s draws from its own stream: a function of (s, k) only. The golden values were
 * worked out apart from this code (a few lines of Python: SplitMix64's finaliser for the state, then
 * SplittableRandom's nextDouble — state += γ, finalise, top 53 bits).
 */
class NetworkRandomTest {

    @Test
    void streamsMatchGoldenValues() {
        assertStream(42, 0, 0.33437656621120193, 0.8362901824612591, 0.9258649126909573);
        assertStream(42, 1, 0.4001805501584017, 0.8917663997798919, 0.8673565596912458);
        assertStream(43, 0, 0.14494161814957285, 0.12302613243644389, 0.4210315860201548);
        assertStream(0, 0, 0.6524484863740322, 0.7012121095215252, 0.3871241409757855);
    }

    private static void assertStream(long seed, long index, double... expected) {
        NetworkRandom r = NetworkRandom.of(seed, index);
        for (double e : expected) {
            assertThat(r.uniform(0, 1)).as("seed %d, network %d", seed, index).isEqualTo(e);
        }
    }

    @Test
    void neighbouringSeedsShareNoNetwork() {
        // a stream keyed by seed + index would give network i + 1 of seed s to network i of seed s + 1
        Set<Double> first = new HashSet<>();
        for (long seed = 100; seed < 104; seed++) {
            for (long index = 0; index < 2_000; index++) {
                assertThat(first.add(NetworkRandom.of(seed, index).uniform(0, 1)))
                        .as("network %d of seed %d repeats another stream", index, seed).isTrue();
            }
        }
    }

    @Test
    void valuesLieInTheirRanges() {
        NetworkRandom r = NetworkRandom.of(7, 3);
        for (int k = 0; k < 1_000; k++) {
            assertThat(r.symmetric(2)).isBetween(-2f, 2f);
            assertThat(r.uniform(5, 6)).isGreaterThanOrEqualTo(5).isLessThan(6);
            assertThat(r.nextInt(3)).isBetween(0, 2);
        }
        // symmetric(s) is (2u − 1)s of the same uniform u: the first draw of seed 42, network 0 is u = 0.33437...
        assertThat(NetworkRandom.of(42, 0).symmetric(3)).isEqualTo((float) ((2 * 0.33437656621120193 - 1) * 3));
        assertThat(NetworkRandom.of(42, 0).uniform(-1, 3)).isEqualTo(-1 + 4 * 0.33437656621120193);
    }
}
