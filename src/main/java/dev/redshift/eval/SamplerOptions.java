package dev.redshift.eval;

import dev.redshift.network.ComputeDevice;

/**
 * How a {@link ComplexitySampler} runs; none of it changes the numbers it produces.
 *
 * @param device where networks are evaluated
 * @param batchSize networks per batch, or 0 to size batches from {@code memoryBudgetBytes}
 * @param memoryBudgetBytes device memory one worker's batch may use when {@code batchSize} is 0
 * @param sequenceMemoryBudgetBytes the same for sequence networks (transformers), whose decoding re-reads every
 *     weight at each step and so wants large batches of prompts
 * @param measureThreads workers, each evaluating and measuring its own batches (one per core by default)
 */
public record SamplerOptions(ComputeDevice device, int batchSize, long memoryBudgetBytes,
        long sequenceMemoryBudgetBytes, int measureThreads) {

    /**
     * Auto-sized batches on the CPU, one worker per core: at most 16 MiB for functions on a grid, 4 default
     * MLPs, whose activations then stay in the core's cache (2–4 networks evaluate at about 1.2 ms of CPU each,
     * 6–16 at 1.4–1.5 ms), and 3 GiB for decoding transformers.
     */
    public static SamplerOptions defaults() {
        return new SamplerOptions(ComputeDevice.CPU, 0, 16L << 20, 3L << 30, Runtime.getRuntime().availableProcessors());
    }

    public SamplerOptions withDevice(ComputeDevice d) {
        return new SamplerOptions(d, batchSize, memoryBudgetBytes, sequenceMemoryBudgetBytes, measureThreads);
    }

    public SamplerOptions withBatchSize(int b) {
        return new SamplerOptions(device, b, memoryBudgetBytes, sequenceMemoryBudgetBytes, measureThreads);
    }

    public SamplerOptions withMeasureThreads(int t) {
        return new SamplerOptions(device, batchSize, memoryBudgetBytes, sequenceMemoryBudgetBytes, t);
    }
}
