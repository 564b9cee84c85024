package dev.redshift.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The executors this class path offers: {@code local} always, others through {@link SampleExecutorProvider}. */
public final class SampleExecutors {

    private SampleExecutors() {
    }

    /** Every executor name on the class path, {@code local} first. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(List.of(LocalExecutor.NAME));
        for (SampleExecutorProvider p : ServiceLoader.load(SampleExecutorProvider.class, loader())) {
            names.add(p.name());
        }
        return names;
    }

    /**
     * Starts the executor the settings name; an unknown one is an error naming those available, and {@code spark}
     * without its jar says where it is.
     */
    public static SampleExecutor start(EngineSettings settings) {
        String name = settings.executor();
        if (LocalExecutor.NAME.equals(name)) {
            return new LocalExecutor();
        }
        for (SampleExecutorProvider p : ServiceLoader.load(SampleExecutorProvider.class, loader())) {
            if (p.name().equals(name)) {
                return p.create(settings);
            }
        }
        throw new IllegalArgumentException(EngineSettings.EXECUTOR + " '" + name + "' is not on the class path"
                + " — available: " + String.join(", ", names())
                + ("spark".equals(name) ? "; run with spark/target/redshift-spark.jar and Spark's jars (README,"
                        + " Beyond one machine)" : ""));
    }

    private static ClassLoader loader() {
        ClassLoader l = Thread.currentThread().getContextClassLoader();
        return l != null ? l : SampleExecutors.class.getClassLoader();
    }
}
