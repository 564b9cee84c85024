package dev.redshift.network;

import ai.djl.engine.EngineException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDManager;
import ai.djl.pytorch.engine.PtSymbolBlock;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One loaded copy of a TorchScript module, used by one thread at a time: its parameters are overwritten before
 * every forward pass, so copies are pooled per file and borrowed, never shared.
 */
final class TorchScriptModule {

    /** Loaded copies per file hash, waiting to be borrowed; they live as long as the process. */
    private static final Map<String, Queue<TorchScriptModule>> POOL = new ConcurrentHashMap<>();
    private static NDManager home;

    private final ModuleFile file;
    private final PtSymbolBlock block;
    private final List<NDArray> parameters;
    private final List<float[]> saved;

    private TorchScriptModule(ModuleFile file, PtSymbolBlock block) {
        this.file = file;
        this.block = block;
        this.parameters = new ArrayList<>();
        this.saved = new ArrayList<>();
        block.getDirectParameters().forEach(p -> {
            NDArray array = p.getValue().getArray();
            if (array.getDataType() != DataType.FLOAT32) {
                throw new IllegalArgumentException(file.path() + ": parameter " + p.getKey() + " is "
                        + array.getDataType() + " — expected a float32 module (module.float() before saving)");
            }
            // no autograd: parameters are overwritten in place and forward passes build no graph
            array.setRequiresGradient(false);
            parameters.add(array);
            saved.add(array.toFloatArray());
        });
    }

    /** A copy of the module, loaded now or taken from the pool; give it back with {@link #release()}. */
    static TorchScriptModule borrow(ModuleFile file) {
        TorchScriptModule idle = POOL.computeIfAbsent(file.sha256(), k -> new ConcurrentLinkedQueue<>()).poll();
        return idle != null ? idle : load(file);
    }

    /** Returns the copy to the pool for the next thread. */
    void release() {
        POOL.get(file.sha256()).add(this);
    }

    private static TorchScriptModule load(ModuleFile file) {
        PtSymbolBlock block;
        try {
            // loaded as trainable: an inference-mode module's parameters refuse in-place updates
            block = JniUtils.loadModule((PtNDManager) home(), file.path(), false, new String[0], new String[0], true);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file.path() + ": cannot load a TorchScript module (" + firstLine(e)
                    + ") — expected a file saved with torch.jit.save", e);
        }
        return new TorchScriptModule(file, block);
    }

    private static synchronized NDManager home() {
        if (home == null) {
            home = TorchRuntime.newManager(ComputeDevice.CPU);
        }
        return home;
    }

    /** The shapes of the module's parameters, in the order of {@code named_parameters()}. */
    List<Shape> shapes() {
        return parameters.stream().map(NDArray::getShape).toList();
    }

    /** The saved values of parameter {@code i}. */
    float[] saved(int i) {
        return saved.get(i);
    }

    /**
     * The module's output at {@code points} (P, inputs) with the given parameter values, as P floats.
     *
     * @throws IllegalArgumentException when the module fails on the input or returns other than one (P, 1) tensor
     */
    float[] forward(NDArray points, List<float[]> values) {
        for (int i = 0; i < parameters.size(); i++) {
            parameters.get(i).set(FloatBuffer.wrap(values.get(i)));
        }
        long p = points.getShape().get(0);
        String expected = "expected a module mapping (points, " + points.getShape().get(1) + ") to (points, 1)";
        NDList out;
        try {
            out = block.forward(new ParameterStore(points.getManager(), false), new NDList(points), false);
        } catch (EngineException e) {
            throw new IllegalArgumentException(file.path() + ": the module fails on a " + points.getShape()
                    + " input (" + firstLine(e) + ") — " + expected, e);
        }
        try (NDList outputs = out) {
            if (outputs.size() != 1 || !outputs.get(0).getShape().equals(new Shape(p, 1))) {
                String got = outputs.size() != 1 ? outputs.size() + " tensors" : outputs.get(0).getShape().toString();
                throw new IllegalArgumentException(file.path() + ": the module maps a " + points.getShape()
                        + " input to " + got + " — " + expected);
            }
            return outputs.get(0).toType(DataType.FLOAT32, false).toFloatArray();
        }
    }

    private static String firstLine(Throwable e) {
        String message = String.valueOf(e.getMessage()).strip();
        for (String line : message.split("\n")) {
            if (!line.isBlank() && !line.startsWith("Traceback") && !line.startsWith(" ")) {
                return line.strip();
            }
        }
        return message.lines().findFirst().orElse(e.getClass().getSimpleName());
    }
}
