package dev.redshift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.spec.SpecPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    @TempDir
    Path dir;

    private final ConsoleRun console = new ConsoleRun();

    private int run(String... args) {
        return console.run(args);
    }

    private String stdout() {
        return console.stdout();
    }

    private String stderr() {
        return console.stderr();
    }

    private Path csv(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private Path cosineGrid(int m, int k) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                s.append(j == 0 ? "" : ",").append(Math.cos(2 * Math.PI * k * j / m));
            }
            s.append('\n');
        }
        return csv("cos.csv", s.toString());
    }

    @Test
    void measurePrintsEveryMeasureAsOneJsonObject() throws IOException {
        assertThat(run("measure", cosineGrid(32, 5).toString())).isZero();
        assertThat(stdout().strip()).startsWith("{\"fourier\": 5").contains("\"chebyshev\": ", "\"legendre\": ",
                "\"lz\": ", "\"lz76\": ").endsWith("}");
        assertThat(stdout().lines()).hasSize(1);
    }

    @Test
    void measureReportsAConstantFunctionAsNullWithItsReason() throws IOException {
        Path file = csv("flat.csv", "1,1,1,1\n1,1,1,1\n1,1,1,1\n1,1,1,1\n");
        assertThat(run("measure", file.toString())).isZero();
        assertThat(stdout()).contains("\"fourier\": null", "\"undefined\": {\"fourier\": \"constant function");
    }

    @Test
    void measureTakesFouriersDcReading() throws IOException {
        // a ramp has an offset (a DC term) that only the include reading sees
        StringBuilder ramp = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                ramp.append(j == 0 ? "" : ",").append(i + j);
            }
            ramp.append('\n');
        }
        Path file = csv("ramp.csv", ramp.toString());
        assertThat(run("measure", file.toString())).isZero();
        String defaults = stdout();
        console.reset();
        assertThat(run("measure", "--fourier-dc", "exclude", file.toString())).isZero();
        assertThat(value(stdout(), "fourier")).isEqualTo(value(defaults, "fourier"));
        console.reset();
        assertThat(run("measure", "--fourier-dc", "include", file.toString())).isZero();
        assertThat(value(stdout(), "fourier")).isNotEqualTo(value(defaults, "fourier"));
        assertThat(value(stdout(), "lz")).isEqualTo(value(defaults, "lz"));
        assertThat(run("measure", "--fourier-dc", "both", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("unknown dc 'both' — expected one of exclude, include");
    }

    @Test
    void measureTakesThePolynomialOptions() throws IOException {
        Path file = cosineGrid(32, 2);
        assertThat(run("measure", file.toString())).isZero();
        String defaults = stdout();
        console.reset();
        assertThat(run("measure", "--poly-method", "quadrature", "--border", "2", "--max-order", "10",
                "--levels", "4", file.toString())).isZero();
        // every option reaches a measure: the polynomial ones change chebyshev and legendre, --levels changes lz
        for (String measure : List.of("chebyshev", "legendre", "lz")) {
            assertThat(value(stdout(), measure)).as(measure).isNotEqualTo(value(defaults, measure));
        }
        assertThat(value(stdout(), "fourier")).isEqualTo(value(defaults, "fourier"));
        assertThat(run("measure", "--poly-method", "spline", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("unknown polynomial method 'spline' — expected one of fit, quadrature");
    }

    @Test
    void aMissingFileIsOneLineAndExitTwo() {
        assertThat(run("measure", dir.resolve("nope.csv").toString())).isEqualTo(2);
        assertThat(stderr()).endsWith("nope.csv: no such file" + System.lineSeparator());
        assertThat(stderr().lines()).hasSize(1);
    }

    @Test
    void aRaggedCsvNamesTheLine() throws IOException {
        Path file = csv("ragged.csv", "1,2,3,4\n1,2,3,4\n1,2,3\n1,2,3,4\n");
        assertThat(run("measure", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("ragged.csv:3: ragged CSV — 3 values where the first line has 4");
    }

    @Test
    void aNonNumberNamesLineAndColumn() throws IOException {
        Path file = csv("word.csv", "1,2,3,4\n1,2,x7,4\n1,2,3,4\n1,2,3,4\n");
        assertThat(run("measure", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("word.csv:2:5: 'x7' is not a finite number");
    }

    @Test
    void fewerThanFourPointsPerAxisAreRefused() throws IOException {
        Path file = csv("small.csv", "1,2,3\n4,5,6\n7,8,9\n");
        assertThat(run("measure", file.toString())).isEqualTo(2);
        assertThat(stderr()).contains("3 points per axis — at least 4 are needed");
    }

    @Test
    void anUnknownActivationListsTheKnownOnes() {
        assertThat(run("sample", "--activation", "rleu", "--count", "2")).isEqualTo(2);
        assertThat(stderr()).contains("unknown activation 'rleu' — expected one of relu, gelu, swish");
        assertThat(stderr().lines()).hasSize(1);
    }

    @Test
    void aNegativeWidthIsRefused() {
        assertThat(run("sample", "--width", "-4", "--count", "2")).isEqualTo(2);
        assertThat(stderr()).contains("width must be at least 1, got -4");
    }

    @Test
    void anUnknownOptionListsTheAllowedOnes() {
        assertThat(run("sample", "--colour", "red")).isEqualTo(2);
        assertThat(stderr()).contains("sample: unknown option --colour — expected one of --activation");
    }

    @Test
    void anUnknownVerbIsNamed() {
        assertThat(run("smaple")).isEqualTo(2);
        assertThat(stderr()).contains("unknown verb 'smaple'");
    }

    @Test
    void sampleWritesACsvRowPerNetworkAndAPictureOfTheFirstFunctions() throws IOException {
        Path table = dir.resolve("out/nets.csv");
        Path picture = dir.resolve("out/nets.png");
        assertThat(run("sample", "--activation", "tanh", "--depth", "2", "--width", "16", "--weight-scale", "4",
                "--layer-norm", "--count", "12", "--seed", "3", "--grid", "16", "--csv", table.toString(),
                "--png", picture.toString())).isZero();
        List<String> rows = Files.readAllLines(table);
        assertThat(rows.get(0)).isEqualTo("index,fourier,chebyshev,legendre,lz");
        assertThat(rows).hasSize(13);
        assertThat(rows.get(12)).startsWith("11,");
        assertThat(javax.imageio.ImageIO.read(picture.toFile()).getWidth()).isGreaterThan(100);
        assertThat(stdout()).contains("sampled 12 networks of mlp{activation=tanh", "layerNorm=true");
    }

    @Test
    void sampleDrawsWeightsFromTheNamedDistributionAndListsTheNamesOtherwise() throws IOException {
        Path uniform = dir.resolve("uniform.csv");
        Path ball = dir.resolve("ball.csv");
        assertThat(run("sample", "--count", "4", "--seed", "9", "--grid", "16", "--csv", uniform.toString())).isZero();
        assertThat(run("sample", "--count", "4", "--seed", "9", "--grid", "16", "--weight-distribution", "ball",
                "--csv", ball.toString())).isZero();
        assertThat(stdout()).contains("weightDistribution=ball");
        assertThat(Files.readAllLines(ball).subList(1, 5)).doesNotContainAnyElementsOf(Files.readAllLines(uniform));
        assertThat(run("sample", "--weight-distribution", "cauchy", "--count", "2")).isEqualTo(2);
        assertThat(stderr()).contains("weightDistribution must be one of uniform, gaussian, ball, student-t, got"
                + " 'cauchy'");
    }

    @Test
    void sampleIsReproducibleFromItsSeed() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        assertThat(run("sample", "--count", "5", "--seed", "9", "--grid", "16", "--batch", "1", "--csv", a.toString()))
                .isZero();
        assertThat(run("sample", "--count", "5", "--seed", "9", "--grid", "16", "--batch", "4", "--csv", b.toString()))
                .isZero();
        assertThat(Files.readAllLines(a)).hasSize(6).isEqualTo(Files.readAllLines(b));
        assertThat(Files.readAllLines(a).subList(1, 6)).doesNotHaveDuplicates();
    }

    @Test
    void networksThatOverflowAreCountedMarkedInTheCsvAndNeverAStackTrace() throws IOException {
        Path table = dir.resolve("huge.csv");
        Path picture = dir.resolve("huge.png");
        assertThat(run("sample", "--weight-scale", "1e30", "--depth", "2", "--width", "16", "--grid", "16",
                "--count", "20", "--csv", table.toString(), "--png", picture.toString())).isEqualTo(2);
        assertThat(stdout()).contains("  20 of 20 networks gave non-finite outputs (float32 overflow or NaN) — excluded"
                + " from the means below; the CSV marks them non-finite", "  lz         mean        n/a  sd       n/a");
        assertThat(stderr().lines().filter(l -> l.startsWith("redshift:"))).containsExactly("redshift: sample: 20 of 20"
                + " networks gave non-finite outputs (float32 overflow or NaN) — nothing to measure; try a smaller"
                + " --weight-scale, --bias-scale or --prefactor");
        assertThat(stderr()).doesNotContain("Exception");
        List<String> rows = Files.readAllLines(table);
        assertThat(rows).hasSize(21);
        assertThat(rows.get(1)).isEqualTo("0,non-finite,non-finite,non-finite,non-finite");
        assertThat(javax.imageio.ImageIO.read(picture.toFile()).getWidth()).isGreaterThan(100);
    }

    @Test
    void aFewNetworksThatOverflowAreLeftOutOfTheMeansAndTheRunSucceeds() throws IOException {
        Path table = dir.resolve("some.csv");
        assertThat(run("sample", "--weight-scale", "7e12", "--depth", "2", "--width", "16", "--grid", "16",
                "--count", "200", "--seed", "3", "--measures", "lz", "--csv", table.toString())).isZero();
        List<String> marked = Files.readAllLines(table).stream().filter(r -> r.endsWith(",non-finite")).toList();
        assertThat(marked).isNotEmpty();
        assertThat(stdout()).contains("  " + marked.size() + " of 200 networks gave non-finite outputs")
                .containsPattern("lz +mean +\\d+\\.\\d+");
    }

    @Test
    void sizesBeyondTheMemoryLimitAreOneLineWithWhatTheyNeed() {
        assertThat(run("sample", "--width", "100000000", "--count", "10")).isEqualTo(2);
        assertThat(run("sample", "--count", "100000000000")).isEqualTo(2);
        assertThat(run("sample", "--grid", "100000", "--count", "10")).isEqualTo(2);
        assertThat(run("decode", "--vocab", "2000000000", "--count", "2")).isEqualTo(2);
        List<String> lines = stderr().lines().filter(l -> l.startsWith("redshift:")).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("redshift: sample: mlp with width 100000000, depth 3 on a 64×64 grid"
                + " needs 71 PiB per network (a batch holds 2 at least); the sampler's memory limit is ");
        assertThat(lines.get(1)).isEqualTo("redshift: sample: --count must be between 1 and 1000000 networks, got"
                + " 100000000000");
        assertThat(lines.get(2)).isEqualTo("redshift: sample: --grid: grid 100000 has 10000000000 points in 2"
                + " dimensions; their coordinates must fit one Java array of at most 2147483639 values");
        assertThat(lines.get(3)).startsWith("redshift: decode: gpt2 with vocab 2000000000, context 1024, width 768, depth 12"
                + " needs 11 TiB for the model of a seed");
    }

    @Test
    void checkReportsAConfigurationTooLargeForMemoryAsBrokenAtItsClaim() throws IOException {
        Path spec = csv("wide.yaml", SPEC_HEAD + """
                  - claim: wide
                    with: { width: 100000000 }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        assertThat(run("check", spec.toString())).isEqualTo(2);
        assertThat(stdout()).contains("BROKEN        wide", "wide.yaml:9:5: mlp with width 100000000, depth 2 on a"
                + " 16×16 grid needs 36 PiB per network", "0 passed, 0 failed, 0 inconclusive, 1 broken");
    }

    private static final String SPEC_HEAD = """
            spec: unseen
            defaults:
              with: { depth: 2, width: 16 }
              measure: lz
              grid: 16
              samples: { min: 16, max: 48 }
              seed: 5
            claims:
            """;

    @Test
    void checkPassesTrueClaimsAndExitsZero() throws IOException {
        Path spec = csv("true.yaml", SPEC_HEAD + """
                  - claim: Sine LZ rises with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        assertThat(run("check", spec.toString())).isZero();
        assertThat(stdout()).contains("PASS          Sine LZ rises with weight scale", "1 passed, 0 failed, 0 inconclusive");
    }

    @Test
    void checkPrintsOneLinePerReadingAndTheCombinedVerdict() throws IOException {
        Path spec = csv("readings.yaml", SPEC_HEAD + """
                  - claim: Sine complexity rises with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    measure: fourier
                    readings: [fourier, { name: fourier, dc: include }]
                    expect: increasing
                """);
        run("check", spec.toString());
        String out = stdout();
        assertThat(out).containsPattern("\\n {14}reading fourier: (PASS|FAIL|INCONCLUSIVE), estimate [^\\n]*97\\.5% bounds")
                .containsPattern("\\n {14}reading fourier \\{dc: include\\}: (PASS|FAIL|INCONCLUSIVE), estimate")
                .containsPattern("\\n {14}combined: (robust (PASS|FAIL|INCONCLUSIVE)|depends on the reading) → "
                        + "(PASS|FAIL|INCONCLUSIVE)\\n");
    }

    @Test
    void checkFailsFalseClaimsAndExitsOne() throws IOException {
        Path spec = csv("false.yaml", SPEC_HEAD + """
                  - claim: Sine LZ falls with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    expect: strictly decreasing
                  - claim: A configuration is simpler than itself
                    compare: [ { activation: tanh }, { activation: tanh } ]
                    expect: less
                """);
        assertThat(run("check", spec.toString())).isEqualTo(1);
        assertThat(stdout()).contains("FAIL          Sine LZ falls with weight scale", "1 failed")
                .doesNotContain("PASS          A configuration is simpler than itself");
    }

    @Test
    void checkReportsABrokenSpecAndExitsTwo() throws IOException {
        Path spec = csv("broken.yaml", SPEC_HEAD + """
                  - claim: typo
                    with: { activation: rleu }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        assertThat(run("check", spec.toString())).isEqualTo(2);
        assertThat(stdout()).contains("BROKEN", "broken.yaml:10:25: unknown activation 'rleu'");
        assertThat(run("check", dir.resolve("missing").toString())).isEqualTo(2);
        assertThat(stderr()).contains("missing: no such file or folder");
    }

    /** A spec that is not YAML ({@code a-syntax.yaml}) and one with a claim that passes ({@code b-good.yaml}). */
    private Path unreadableBesideGood() throws IOException {
        csv("b-good.yaml", SPEC_HEAD + """
                  - claim: Sine LZ rises with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        return csv("a-syntax.yaml", "spec: [oops\n");
    }

    @Test
    void aSpecThatCannotBeReadIsOneBrokenLineAndTheOtherSpecsStillRun() throws IOException {
        Path unreadable = unreadableBesideGood();
        assertThat(run("check", unreadable.toString(), dir.resolve("b-good.yaml").toString())).isEqualTo(2);
        assertThat(stdout()).contains("BROKEN        spec error\n              " + SpecPaths.display(unreadable)
                + ":2:1: not valid YAML");
        assertThat(stdout()).contains("PASS          Sine LZ rises with weight scale",
                "1 passed, 0 failed, 0 inconclusive, 1 broken");
        assertThat(stderr()).doesNotContain("TestEngine with ID 'redshift'");
    }

    @Test
    void aSpecThatCannotBeReadIsListedInTheReplicationAndAllureReports() throws IOException {
        Path unreadable = unreadableBesideGood();
        Path report = dir.resolve("report");
        assertThat(run("check", unreadable.toString(), dir.resolve("b-good.yaml").toString(), "--report",
                report.toString(), "--no-figures", "--no-cache")).isEqualTo(2);
        String where = SpecPaths.display(unreadable);
        assertThat(Files.readString(report.resolve("replication/index.md")))
                .contains("| ⚠ BROKEN | spec error | " + where + " | " + where + ":2:1: not valid YAML");
        List<String> results;
        try (var files = Files.list(report.resolve("allure-results"))) {
            results = files.filter(f -> f.toString().endsWith("-result.json")).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(results).hasSize(2).anySatisfy(json -> assertThat(json).contains("\"name\":\"spec error\"",
                "\"status\":\"broken\"", where + ":2:1: not valid YAML",
                "[engine:redshift]/[spec:" + where.replace("/", "%2F") + "]/[claim:spec error]"));
    }

    @Test
    void checkRefusesBadSettingsInOneLine() throws IOException {
        Path spec = csv("ok.yaml", SPEC_HEAD + """
                  - claim: c
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                """);
        assertThat(run("check", spec.toString(), "--scale", "fast")).isEqualTo(2);
        assertThat(run("check", spec.toString(), "--device", "tpu")).isEqualTo(2);
        assertThat(run("check", spec.toString(), "--confidence", "95")).isEqualTo(2);
        assertThat(stderr().lines()).containsExactly(
                "redshift: check: redshift.samples.scale must be a number, got 'fast'",
                "redshift: check: unknown device 'tpu' — expected one of cpu, gpu, auto",
                "redshift: check: confidence must be between 0 and 1, got 95.0");
    }

    @Test
    void checkRefusesAnExecutorItCannotStartInOneLine() throws IOException {
        Path spec = csv("ok.yaml", SPEC_HEAD + """
                  - claim: c
                    compare: [ {weightScale: 1}, {weightScale: 2} ]
                    expect: less
                """);
        assertThat(run("check", spec.toString(), "--executor", "yarn")).isEqualTo(2);
        assertThat(run("check", spec.toString(), "--spark-master", "local[2]")).isEqualTo(2);
        assertThat(run("check", spec.toString(), "--executor", "spark")).isEqualTo(2);
        assertThat(stderr().lines()).containsExactly(
                "redshift: check: redshift.executor must be one of local, spark, got 'yarn'",
                "redshift: check: --spark-master needs --executor spark",
                "redshift: check: --executor spark is not on the class path — available: local; for spark run with"
                        + " spark/target/redshift-spark.jar and Spark's jars (README, Beyond one machine)");
        assertThat(stdout()).isEmpty();
    }

    /** The one line on stderr, without the line separator. */
    private String errorLine() {
        assertThat(stderr().lines()).hasSize(1);
        return stderr().strip();
    }

    @Test
    void anEmptyCsvIsOneLineAndExitTwo() throws IOException {
        Path empty = csv("empty.csv", "");
        assertThat(run("measure", empty.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + empty + ": empty — expected m lines of m comma-separated"
                + " numbers");
        console.reset();
        Path blank = csv("blank.csv", "\n  \n\n");
        assertThat(run("measure", blank.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + blank + ": empty — expected m lines of m comma-separated"
                + " numbers");
    }

    @Test
    void aNonSquareCsvSaysWhatAGridNeeds() throws IOException {
        Path file = csv("wide.csv", "1,2,3,4\n5,6,7,8\n1,2,3,4\n5,6,7,8\n1,2,3,4\n");
        assertThat(run("measure", file.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + file + ": 5 lines of 4 values — a grid needs as many lines"
                + " as values per line (or a single line for 1-D)");
    }

    @Test
    void nanAndInfinityAreNamedAtTheirLineAndColumn() throws IOException {
        Path nan = csv("nan.csv", "1,2,3,4\n1,2,3,4\n1,2,3,NaN\n1,2,3,4\n");
        assertThat(run("measure", nan.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + nan + ":3:7: 'NaN' is not a finite number");
        console.reset();
        Path inf = csv("inf.csv", "1,2,3,4\n10, Infinity,3,4\n1,2,3,4\n1,2,3,4\n");
        assertThat(run("measure", inf.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + inf + ":2:4: 'Infinity' is not a finite number");
        console.reset();
        Path minus = csv("minus.csv", "-Infinity,2,3,4\n");
        assertThat(run("measure", minus.toString())).isEqualTo(2);
        assertThat(errorLine()).isEqualTo("redshift: " + minus + ":1:1: '-Infinity' is not a finite number");
        assertThat(stdout()).isEmpty();
    }

    /** T₁₂ along each row of a 64 × 64 grid on [−1, 1]: its only Chebyshev coefficient beyond c₀₀ is c₀,₁₂. */
    private Path chebyshev12() throws IOException {
        int m = 64;
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                double x = -1 + 2.0 * j / (m - 1);
                s.append(j == 0 ? "" : ",").append(Math.cos(12 * Math.acos(x)));
            }
            s.append('\n');
        }
        return csv("t12.csv", s.toString());
    }

    private double chebyshev() {
        return value(stdout(), "chebyshev");
    }

    /** A measure's value in measure's JSON line. */
    private static double value(String json, String measure) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + measure + "\": ([-0-9.eE]+)").matcher(json);
        assertThat(m.find()).as("%s in %s", measure, json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void maxOrderBoundsTheChebyshevFit() throws IOException {
        Path file = chebyshev12();
        // orders up to 20 contain T₁₂ exactly: C = ‖(0, 12)‖ = 12
        assertThat(run("measure", "--max-order", "20", file.toString())).isZero();
        assertThat(chebyshev()).isCloseTo(12, org.assertj.core.api.Assertions.within(1e-6));
        console.reset();
        // orders up to 10 cannot: every order counted is at most ‖(0, 10)‖ = 10
        assertThat(run("measure", "--max-order", "10", file.toString())).isZero();
        assertThat(chebyshev()).isGreaterThan(0).isLessThanOrEqualTo(10);
    }

    @Test
    void aBrokenClaimBesideAGoodOneFailsAloneAndFailPlusBrokenExitsTwo() throws IOException {
        Path mixed = csv("mixed.yaml", SPEC_HEAD + """
                  - claim: typo
                    with: { activation: rleu }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                  - claim: Sine LZ rises with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    expect: increasing
                """);
        Path wrong = csv("wrong.yaml", SPEC_HEAD.replace("spec: unseen", "spec: wrong") + """
                  - claim: Sine LZ falls with weight scale
                    with: { activation: sin }
                    vary: { weightScale: [1, 16] }
                    expect: strictly decreasing
                """);
        // the broken claim alone: exit 2, and the good claim beside it still passes
        assertThat(run("check", mixed.toString())).isEqualTo(2);
        assertThat(stdout()).contains("BROKEN        typo", "mixed.yaml:10:25: unknown activation 'rleu'",
                "PASS          Sine LZ rises with weight scale", "1 passed, 0 failed, 0 inconclusive, 1 broken");
        console.reset();
        // a FAIL and a BROKEN claim in one run: bad input outranks a failed claim
        assertThat(run("check", mixed.toString(), wrong.toString())).isEqualTo(2);
        assertThat(stdout()).contains("FAIL          Sine LZ falls with weight scale",
                "1 passed, 1 failed, 0 inconclusive, 1 broken");
    }
}
