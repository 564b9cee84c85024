package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The spec language's JSON Schema: shipped as generated, met by every spec of the project, agreeing with the parser. */
class SpecSchemaTest {

    private static final Schema SHIPPED = schema(shippedText());
    private static final Schema LIVE = schema(SpecSchema.json());

    static Stream<Path> projectSpecs() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String dir : List.of("specs", "specs-gpu", "examples")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    static Stream<Path> testFixtures() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            // faults/ holds the deliberately hostile specs of the fault-injection suite (not UTF-8, never decided)
            return s.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.startsWith(Path.of("src/test/resources/faults"))).sorted().toList().stream();
        }
    }

    @Test
    void theShippedSchemaIsWhatTheGeneratorWritesForTheBuiltInVocabulary() {
        assertThat(shippedText())
                .as("regenerate with: java -jar target/redshift.jar schema --built-in src/main/resources/"
                        + SpecSchema.RESOURCE)
                .isEqualTo(SpecSchema.json(SpecSchema.Vocabulary.builtIn()));
    }

    @ParameterizedTest
    @MethodSource("projectSpecs")
    void everySpecOfTheProjectMeetsTheShippedSchema(Path spec) throws IOException {
        assertThat(errors(SHIPPED, Files.readString(spec))).as(spec.toString()).isEmpty();
        // and the parser takes it: the schema accepts nothing the parser's frame refuses
        assertThat(new SpecParser().parse(spec.toString(), Files.readString(spec)).claims()).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("testFixtures")
    void everyTestFixtureMeetsTheSchemaOfItsClassPath(Path spec) throws IOException {
        // the fixtures name an activation and a family that the test class path registers through the SPI
        assertThat(errors(LIVE, Files.readString(spec))).as(spec.toString()).isEmpty();
    }

    @Test
    void aPlantedUnknownKeyIsFlagged() throws IOException {
        String text = Files.readString(Path.of("specs/table1-architecture.yaml"))
                .replaceFirst("(?m)^(\\s*)- claim:", "$1- measrue: lz\n$1  claim:");
        assertThat(errors(SHIPPED, text)).anyMatch(e -> e.contains("measrue"));
    }

    @Test
    void misspeltNamesAndBadShapesAreFlagged() {
        String head = "spec: t\nclaims:\n  - claim: c\n";
        assertThat(errors(SHIPPED, head + "    with: { activation: rleu }\n    expect: less\n")).isNotEmpty();
        assertThat(errors(SHIPPED, head + "    measure: lzz\n    expect: less\n")).isNotEmpty();
        assertThat(errors(SHIPPED, head + "    expect: increasin\n")).isNotEmpty();
        assertThat(errors(SHIPPED, head + "    measure: { name: fourier, dc: sometimes }\n    expect: less\n"))
                .isNotEmpty();
        assertThat(errors(SHIPPED, head + "    network: gpt2\n    with: { weightScale: 2 }\n    expect: less\n"))
                .as("with: takes the named family's parameters only").isNotEmpty();
        assertThat(errors(SHIPPED, head + "    train: { task: modulo, name: waves }\n    expect: less\n"))
                .as("train: takes the named task's keys only").isNotEmpty();
        assertThat(errors(SHIPPED, head + "    finding: 79\n    expect: less\n")).isNotEmpty();
        assertThat(errors(SHIPPED, "spec: t\ndefaults:\n  controls: x\nclaims: []\n"))
                .as("defaults cannot set a claim's identity").isNotEmpty();
        assertThat(errors(SHIPPED, head + "    finding: [14, blog-3, ours]\n    samples: { max: auto }\n"
                + "    readings: [lz, { name: fourier, dc: include }]\n    margin: 10% of range\n"
                + "    expect: { within: [0, 1] }\n")).isEmpty();
    }

    @Test
    void theSchemaAndTheParserKnowTheSameKeys() throws ReflectiveOperationException {
        Map<String, Object> defs = map(parse(shippedText()).get("$defs"));
        assertThat(keys(map(parse(shippedText()).get("properties")))).containsExactlyElementsOf(parserList("TOP_KEYS"));
        assertThat(keys(properties(defs, "claim"))).containsExactlyInAnyOrderElementsOf(
                parserList("CLAIM_KEYS"));
        List<String> inDefaults = new ArrayList<>(parserList("CLAIM_KEYS"));
        inDefaults.removeAll(SpecSchema.CLAIM_ONLY);
        assertThat(keys(properties(defs, "defaults"))).containsExactlyInAnyOrderElementsOf(inDefaults);
        Map<String, Object> measure = map(((List<?>) map(defs.get("measure")).get("anyOf")).get(1));
        assertThat(keys(map(measure.get("properties")))).containsExactlyInAnyOrderElementsOf(
                parserList(MeasureSpecReader.class, "MEASURE_KEYS"));
        assertThat(SpecSchema.VOLUME_SETTINGS).containsExactlyElementsOf(parserList(MeasureSpecReader.class, "VOLUME_KEYS"));
    }

    /** The spec reference's key tables are the schema's, written out; the message is the text to paste. */
    @Test
    void theSpecReferenceListsEveryKeyOfTheSchema() throws IOException {
        assertThat(Files.readString(Path.of("docs/spec-language.md"))).contains(referenceTables());
    }

    static String referenceTables() {
        Map<String, Object> schema = parse(shippedText());
        Map<String, Object> defs = map(schema.get("$defs"));
        StringBuilder b = new StringBuilder();
        b.append("<!-- generated from the schema: SpecSchemaTest.theSpecReferenceListsEveryKeyOfTheSchema -->\n");
        table(b, "A spec file", map(schema.get("properties")));
        table(b, "A claim (all but `claim`, `finding` and `controls` may also stand in `defaults`)",
                properties(defs, "claim"));
        table(b, "A measure mapping (`measure: { name: …, … }`)",
                map(map(((List<?>) map(defs.get("measure")).get("anyOf")).get(1)).get("properties")));
        table(b, "`samples:`", properties(defs, "samples"));
        table(b, "`train:` (the task's own keys are listed by task)", properties(defs, "train"));
        table(b, "`with:`, `compare:` and `over:` entries: the families' parameters", properties(defs, "with"));
        return b.append("<!-- end of generated tables -->\n").toString();
    }

    private static void table(StringBuilder b, String title, Map<String, Object> props) {
        b.append("\n**").append(title).append("**\n\n| key | default | what |\n|---|---|---|\n");
        props.forEach((k, v) -> {
            Map<String, Object> p = map(v);
            Object d = p.get("default");
            String allowed = p.containsKey("enum") ? " One of: " + String.join(", ", ((List<?>) p.get("enum"))
                    .stream().map(String::valueOf).toList()) + "." : "";
            b.append("| `").append(k).append("` | ").append(d == null ? "" : "`" + d + "`").append(" | ")
                    .append(String.valueOf(p.get("description")).replace("|", "\\|")).append(allowed)
                    .append(" |\n");
        });
    }

    // ---- helpers ----

    @SuppressWarnings("unchecked")
    private static List<String> parserList(String field) throws ReflectiveOperationException {
        return parserList(SpecParser.class, field);
    }

    @SuppressWarnings("unchecked")
    private static List<String> parserList(Class<?> reader, String field) throws ReflectiveOperationException {
        Field f = reader.getDeclaredField(field);
        f.setAccessible(true);
        return (List<String>) f.get(null);
    }

    private static Map<String, Object> properties(Map<String, Object> defs, String def) {
        return map(map(defs.get(def)).get("properties"));
    }

    private static Set<String> keys(Map<String, Object> m) {
        return new LinkedHashSet<>(m.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> parse(String jsonOrYaml) {
        return map(new Load(LoadSettings.builder().build()).loadFromString(jsonOrYaml));
    }

    /** The validator's messages for a spec, read as YAML by the parser's own library and handed over as JSON. */
    static List<String> errors(Schema schema, String yaml) {
        Object value = new Load(LoadSettings.builder().build()).loadFromString(yaml);
        return schema.validate(SpecSchema.JsonText.write(value), InputFormat.JSON).stream().map(Error::toString)
                .toList();
    }

    static Schema schema(String json) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(json);
    }

    static String shippedText() {
        try (InputStream in = SpecSchema.class.getClassLoader().getResourceAsStream(SpecSchema.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
