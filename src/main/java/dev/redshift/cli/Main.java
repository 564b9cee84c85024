package dev.redshift.cli;

import java.io.PrintStream;
import java.util.Arrays;

/** Entry point of {@code java -jar redshift.jar <verb>}. */
public final class Main {

    static final int OK = 0;
    static final int CLAIM_FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = String.join("\n",
            "usage: java -jar redshift.jar <verb> ...",
            "  measure [--max-order N] [--poly-method fit|quadrature] [--border B] [--levels L] [--fourier-dc exclude|include] FILE.csv",
            "  sample  [--network mlp|fourier-unbiased|torchscript] [--file M.pt] [--init random|saved] [--activation A] [--depth D] [--width W] [--weight-scale S]",
            "          [--bias-scale S] [--prefactor P] [--inputs D] [--layer-norm] [--residual] [--gating]",
            "          [--weight-distribution uniform|gaussian|ball|student-t]",
            "          [--count N] [--seed K] [--grid M] [--batch B] [--device cpu|gpu|auto] [--measures a,b]",
            "          [--max-order N] [--poly-method fit|quadrature] [--border B] [--levels L] [--fourier-dc exclude|include]",
            "          [--csv OUT] [--png OUT]",
            "  check   PATH... [--report DIR] [--scale F] [--seed K] [--device cpu|gpu|auto] [--confidence C]",
            "          [--parallelism N] [--figures N | --no-figures] [--cache DIR | --no-cache] [--junit-xml FILE]",
            "          [--executor local|spark] [--spark-master URL]",
            "  profile --network ID [--with k=v ...] [--report DIR] [--scale F] [--seed K] [--device cpu|gpu|auto]",
            "          [--confidence C] [--heat-networks N | --no-heat-map] [--cache DIR | --no-cache] [--strict]",
            "          [--executor local|spark] [--spark-master URL]",
            "  cache   info|clear [--cache DIR]",
            "  schema  [FILE] [--built-in]",
            "  decode  [--vocab V] [--context N] [--width C] [--heads H] [--depth D] [--activation A] [--ln-scale G]",
            "          [--tokens T] [--prompts P] [--policy per-seed|fresh] [--count N] [--seed K] [--batch B]",
            "          [--device cpu|gpu|auto] [--show N]",
            "  train   --task modulo|image [--N 16] [--M 10] [--d 2] [--name cameraman|waves] [--trainFraction F]",
            "          [--steps S] [--lr R] [network options as for sample] [--count N] [--seed K] [--batch B]",
            "          [--measures train-accuracy,test-accuracy,fourier,init:lz,shuffled:lz,weight-magnitude,...]",
            "          [--csv OUT] [--png OUT]");

    private Main() {
    }

    public static void main(String[] args) {
        InterruptibleRun.takeSignals();
        System.exit(run(args, System.out, System.err));
    }

    /** Runs a verb and returns the exit status; never throws. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || Arrays.asList("-h", "--help", "help").contains(args[0])) {
            (args.length == 0 ? err : out).println(USAGE);
            return args.length == 0 ? BAD_INPUT : OK;
        }
        try {
            return switch (args[0]) {
                case "measure" -> new MeasureCommand(out).run(args);
                case "sample" -> new SampleCommand(out, err).run(args);
                case "check" -> new CheckCommand(out, err).run(args);
                case "decode" -> new DecodeCommand(out, err).run(args);
                case "train" -> new TrainCommand(out, err).run(args);
                case "cache" -> new CacheCommand(out).run(args);
                case "profile" -> new ProfileCommand(out, err).run(args);
                case "schema" -> new SchemaCommand(out).run(args);
                default -> throw new UsageException(
                        "unknown verb '" + args[0] + "' — expected one of measure, sample, check, decode, train, cache, profile, schema");
            };
        } catch (Arguments.Checked e) {
            return OK;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("redshift: " + e.getMessage());
            return BAD_INPUT;
        } catch (RuntimeException e) {
            err.println("redshift: internal error: " + e);
            return BAD_INPUT;
        }
    }
}
