package dev.redshift.engine;

/**
 * An executor other than the in-process one, found through {@link java.util.ServiceLoader} (the Spark executor
 * lives in {@code redshift-spark}, so that the core never ships Spark).
 */
public interface SampleExecutorProvider {

    /** Its name in {@code redshift.executor} and {@code check --executor}. */
    String name();

    /** Starts an executor for a run with these settings. */
    SampleExecutor create(EngineSettings settings);
}
