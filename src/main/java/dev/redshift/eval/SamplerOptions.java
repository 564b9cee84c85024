package dev.redshift.eval;

import dev.redshift.network.ComputeDevice;

/**
 * How a {@link ComplexitySampler} runs; none of it changes the numbers it produces.
 *
 * @param device where networks are evaluated
 * @param batchSize networks per batch, or 0 to size batches from {@code memoryBudgetBytes}
 * @param memoryBudgetBytes device memory a batch may use when {@code batchSize} is 0
 * @param measureThreads threads that measure while the next batch is evaluated
 */
public record SamplerOptions(ComputeDevice device, int batchSize, long memoryBudgetBytes, int measureThreads) {

    /** Auto-sized batches of at most 64 MiB (large tensors cost page faults) on the CPU, one measuring thread per core. */
    public static SamplerOptions defaults() {
        return new SamplerOptions(ComputeDevice.CPU, 0, 64L << 20, Runtime.getRuntime().availableProcessors());
    }

    public SamplerOptions withDevice(ComputeDevice d) {
        return new SamplerOptions(d, batchSize, memoryBudgetBytes, measureThreads);
    }

    public SamplerOptions withBatchSize(int b) {
        return new SamplerOptions(device, b, memoryBudgetBytes, measureThreads);
    }

    public SamplerOptions withMeasureThreads(int t) {
        return new SamplerOptions(device, batchSize, memoryBudgetBytes, t);
    }
}
