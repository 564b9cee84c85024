package dev.redshift.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A real Spark standalone cluster on 127.0.0.1: Spark's Master and one Worker, each a JVM of its own started from
 * the jars Maven copied to {@code target/lib}; the Worker starts the executors as JVMs of their own.
 */
final class StandaloneCluster implements AutoCloseable {

    /** What Spark 4 opens of the JDK on Java 17 (spark-submit's launcher adds the same). */
    static final List<String> OPENS = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
            "--add-opens=java.base/sun.security.action=ALL-UNNAMED");

    private final Path home;
    private final Process master;
    private final Process worker;
    private final String url;

    /**
     * Starts the Master and a Worker with {@code cores} cores, and waits until the Worker has registered.
     *
     * @param dir scratch space (the Spark home the Worker reads, logs, executors' work directories)
     */
    StandaloneCluster(Path dir, int cores) throws IOException, InterruptedException {
        Path lib = Path.of("target", "lib").toAbsolutePath();
        if (!Files.isDirectory(lib)) {
            throw new IllegalStateException("run mvn -f spark/pom.xml package: the cluster starts from target/lib");
        }
        // the Worker builds executors' class path from $SPARK_HOME/jars
        home = dir.resolve("spark-home");
        Files.createDirectories(home);
        Files.createSymbolicLink(home.resolve("jars"), lib);
        int port = freePort();
        url = "spark://127.0.0.1:" + port;
        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port",
                String.valueOf(port), "--webui-port", String.valueOf(freePort()));
        await("master", "I have been elected leader", Duration.ofSeconds(60));
        // two GPUs as far as Spark's scheduling goes (the claims run on the CPU): which one a task got is checked
        Path gpus = Files.writeString(dir.resolve("gpus.sh"),
                "#!/bin/sh\necho '{\"name\": \"gpu\", \"addresses\": [\"0\", \"1\"]}'\n");
        gpus.toFile().setExecutable(true);
        worker = start("worker", "org.apache.spark.deploy.worker.Worker", "-Dspark.worker.resource.gpu.amount=2",
                "-Dspark.worker.resource.gpu.discoveryScript=" + gpus, "--host", "127.0.0.1", "--cores",
                String.valueOf(cores), "--memory", "4g", "--webui-port", String.valueOf(freePort()), "--work-dir",
                dir.resolve("work").toString(), url);
        await("worker", "Successfully registered with master", Duration.ofSeconds(60));
    }

    /** The master URL. */
    String url() {
        return url;
    }

    /** The executor JVMs the Worker runs now. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> out = new ArrayList<>();
        worker.toHandle().descendants().filter(p -> p.info().commandLine().orElse("")
                .contains("CoarseGrainedExecutorBackend")).forEach(out::add);
        return out;
    }

    /** The log of the Master or the Worker. */
    String log(String which) {
        try {
            return Files.readString(home.resolve(which + ".log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a JVM; arguments before the first that is not a {@code -D} setting are the JVM's. */
    private Process start(String name, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m"));
        command.addAll(OPENS);
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty() && rest.get(0).startsWith("-D")) {
            command.add(rest.remove(0));
        }
        command.addAll(List.of("-cp", home.resolve("jars") + "/*", main));
        command.addAll(rest);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(home.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return pb.start();
    }

    private void await(String which, String line, Duration limit) throws InterruptedException {
        Instant end = Instant.now().plus(limit);
        while (Instant.now().isBefore(end)) {
            if (Files.exists(home.resolve(which + ".log")) && log(which).contains(line)) {
                return;
            }
            Process p = "master".equals(which) ? master : worker;
            if (p != null && !p.isAlive()) {
                break;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the " + which + " did not start: " + Optional.of(log(which))
                .map(l -> l.substring(Math.max(0, l.length() - 3000))).get());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (Process p : new Process[] {worker, master}) {
            if (p != null) {
                p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
    }
}
