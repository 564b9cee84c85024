package dev.redshift.spark;

import dev.redshift.engine.EngineSettings;
import dev.redshift.engine.SampleExecutor;
import dev.redshift.engine.SampleExecutorProvider;

/** Offers {@code redshift.executor=spark} to the core (found through ServiceLoader). */
public final class SparkExecutorProvider implements SampleExecutorProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SampleExecutor create(EngineSettings settings) {
        return new SparkExecutor(settings.sparkMaster(), settings.defaults(),
                settings.device().name().toLowerCase(java.util.Locale.ROOT));
    }
}
