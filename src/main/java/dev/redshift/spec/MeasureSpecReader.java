package dev.redshift.spec;

import static dev.redshift.spec.SpecYaml.entries;
import static dev.redshift.spec.SpecYaml.intValue;
import static dev.redshift.spec.SpecYaml.mapping;
import static dev.redshift.spec.SpecYaml.number;
import static dev.redshift.spec.SpecYaml.position;
import static dev.redshift.spec.SpecYaml.string;

import dev.redshift.measure.FourierDc;
import dev.redshift.measure.GridOrdering;
import dev.redshift.measure.MeasureCatalog;
import dev.redshift.measure.MeasureOptions;
import dev.redshift.measure.PolynomialMethod;
import dev.redshift.measure.volume.LocalVolumeOptions;
import dev.redshift.measure.volume.VolumeMeasure;
import dev.redshift.train.RunMeasure;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a spec's {@code measure:} (and each entry of {@code measures:} and {@code readings:}) into a
 * {@link MeasureChoice}: the name checked against the catalogue, each setting against the measures it belongs to,
 * every mistake at its position.
 */
final class MeasureSpecReader {

    // the keys and their order in messages are the schema's (SpecSchema), defined once
    private static final List<String> MEASURE_KEYS = SpecSchema.names(SpecSchema.MEASURE);
    private static final List<String> VOLUME_KEYS = SpecSchema.VOLUME_SETTINGS;

    private MeasureSpecReader() {
    }

    /** A measure as a spec writes it: a name, or a mapping of its name and settings. */
    static MeasureChoice measure(String path, Node node) {
        if (node instanceof ScalarNode s) {
            return new MeasureChoice(measureName(path, node, s.getValue()), MeasureOptions.DEFAULTS);
        }
        Map<String, NodeTuple> m = entries(path, mapping(path, node, "measure: a name or { name: …, … }"),
                MEASURE_KEYS, "measure setting");
        if (!m.containsKey("name")) {
            throw new SpecException(position(path, node), "a measure needs name: one of "
                    + String.join(", ", MeasureCatalog.NAMES) + ", " + String.join(", ", VolumeMeasure.NAMES));
        }
        Node nameNode = m.get("name").getValueNode();
        String name = measureName(path, nameNode, string(path, nameNode));
        MeasureOptions o = MeasureOptions.DEFAULTS;
        if (m.containsKey("maxOrder")) {
            o = o.withMaxOrder(intValue(path, m.get("maxOrder").getValueNode()));
        }
        if (m.containsKey("method")) {
            Node method = m.get("method").getValueNode();
            try {
                o = o.withPolynomialMethod(PolynomialMethod.parse(string(path, method)));
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, method), e.getMessage());
            }
        }
        if (m.containsKey("border")) {
            o = o.withBorder(intValue(path, m.get("border").getValueNode()));
        }
        if (m.containsKey("levels")) {
            o = o.withLevels(intValue(path, m.get("levels").getValueNode()));
        }
        if (m.containsKey("ordering")) {
            Node ordering = m.get("ordering").getValueNode();
            if (!base(name).startsWith("lz")) {
                throw new SpecException(position(path, ordering), "ordering is an option of lz and lz76, not " + name);
            }
            try {
                o = o.withOrdering(GridOrdering.parse(string(path, ordering)));
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, ordering), e.getMessage());
            }
        }
        if (m.containsKey("dc")) {
            Node dc = m.get("dc").getValueNode();
            if (!base(name).equals("fourier")) {
                throw new SpecException(position(path, m.get("dc").getKeyNode()), "dc is a setting of fourier, not of "
                        + name);
            }
            try {
                o = o.withFourierDc(FourierDc.parse(string(path, dc)));
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, dc), e.getMessage());
            }
        }
        o = o.withVolume(volumeOptions(path, m, name));
        MeasureChoice choice = new MeasureChoice(name, o);
        try {
            choice.check();
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, node), e.getMessage());
        }
        return choice;
    }

    /** The local-volume settings of a measure mapping; an error at the key when the measure is not one. */
    private static LocalVolumeOptions volumeOptions(String path, Map<String, NodeTuple> m, String name) {
        LocalVolumeOptions v = LocalVolumeOptions.DEFAULTS;
        for (String key : VOLUME_KEYS) {
            if (!m.containsKey(key)) {
                continue;
            }
            Node node = m.get(key).getValueNode();
            if (VolumeMeasure.byId(name) == null) {
                throw new SpecException(position(path, m.get(key).getKeyNode()), key + " is a setting of the"
                        + " local-volume measures (" + String.join(", ", VolumeMeasure.NAMES) + "), not of " + name);
            }
            try {
                v = switch (key) {
                    case "epsilon" -> v.withEpsilon(number(path, node));
                    case "directions" -> v.withDirections(intValue(path, node));
                    case "sigmaFactor" -> v.withSigmaFactor(number(path, node));
                    case "statistic" -> v.withStatistic(LocalVolumeOptions.Statistic.parse(string(path, node)));
                    case "cost" -> v.withCost(LocalVolumeOptions.Cost.parse(string(path, node)));
                    case "procedure" -> v.withProcedure(LocalVolumeOptions.Procedure.parse(string(path, node)));
                    default -> v.withRtol(number(path, node));
                };
            } catch (IllegalArgumentException e) {
                throw new SpecException(position(path, node), e.getMessage());
            }
        }
        return v;
    }

    /** The measure a run measure's name prefixes ({@code fourier} of {@code init:fourier}). */
    private static String base(String name) {
        return name.substring(RunMeasure.runPrefix(name).length());
    }

    private static String measureName(String path, Node node, String name) {
        try {
            new MeasureChoice(name, MeasureOptions.DEFAULTS).check();
            return name;
        } catch (IllegalArgumentException e) {
            throw new SpecException(position(path, node), e.getMessage());
        }
    }
}
