package dev.redshift.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** What a task's networks are trained to minimise (mean over points, per network) and how they are scored. */
public enum Objective {

    /** Binary cross-entropy on the output logit; accuracy is the share of points where (logit > 0) = label. */
    BINARY_LOGIT {
        @Override
        public NDArray loss(NDArray logits, NDArray targets) {
            // log(1 + e^z) − y·z written as max(z, 0) − y·z + log(1 + e^−|z|), finite for any finite z
            try (NDArray positive = logits.getNDArrayInternal().relu();
                    NDArray product = logits.mul(targets);
                    NDArray magnitude = logits.abs();
                    NDArray negated = magnitude.neg();
                    NDArray exp = negated.exp();
                    NDArray onePlus = exp.add(1);
                    NDArray softplus = onePlus.log();
                    NDArray difference = positive.sub(product);
                    NDArray pointwise = difference.add(softplus)) {
                return pointwise.mean(new int[] {-1});
            }
        }

        @Override
        public double accuracy(float[] outputs, int offset, float[] targets, int targetOffset, int points) {
            int right = 0;
            for (int p = 0; p < points; p++) {
                if ((outputs[offset + p] > 0) == (targets[targetOffset + p] > 0.5f)) {
                    right++;
                }
            }
            return (double) right / points;
        }
    },

    /**
     * Softmax cross-entropy over the classes (outputs (count, P, classes), targets the class index as a number);
     * a point is right when the arg-max class equals its label ({@code modadd}).
     */
    CROSS_ENTROPY {
        @Override
        public NDArray loss(NDArray logits, NDArray targets) {
            long classes = logits.getShape().get(logits.getShape().dimension() - 1);
            // −log softmax at the label, picked by a one-hot mask so that autograd sees only differentiable ops
            try (NDArray logP = logits.logSoftmax(-1);
                    NDArray ids = logits.getManager().arange((int) classes).toType(DataType.FLOAT32, false);
                    NDArray labels = targets.expandDims(-1);
                    NDArray equal = labels.eq(ids);
                    NDArray mask = equal.toType(DataType.FLOAT32, false);
                    NDArray picked = logP.mul(mask);
                    NDArray perPoint = picked.sum(new int[] {-1});
                    NDArray mean = perPoint.mean(new int[] {-1})) {
                return mean.neg();
            }
        }

        @Override
        public NDArray predictions(NDArray outputs) {
            try (NDArray classes = outputs.argMax(-1)) {
                return classes.toType(DataType.FLOAT32, false);
            }
        }

        @Override
        public double accuracy(float[] outputs, int offset, float[] targets, int targetOffset, int points) {
            int right = 0;
            for (int p = 0; p < points; p++) {
                if (Math.round(outputs[offset + p]) == Math.round(targets[targetOffset + p])) {
                    right++;
                }
            }
            return (double) right / points;
        }
    },

    /** Mean squared error; accuracy is 1 − mean |error|. */
    SQUARED_ERROR {
        @Override
        public NDArray loss(NDArray outputs, NDArray targets) {
            try (NDArray error = outputs.sub(targets); NDArray squares = error.square()) {
                return squares.mean(new int[] {-1});
            }
        }

        @Override
        public double accuracy(float[] outputs, int offset, float[] targets, int targetOffset, int points) {
            double sum = 0;
            for (int p = 0; p < points; p++) {
                sum += Math.abs(outputs[offset + p] - targets[targetOffset + p]);
            }
            return 1 - sum / points;
        }
    };

    /** Per-network loss, shape (count), of outputs and targets of shape (count, P). */
    public abstract NDArray loss(NDArray outputs, NDArray targets);

    /**
     * One number per point from the networks' outputs, what {@link #accuracy} and the measures of a function read:
     * the outputs themselves (one per point), or the arg-max class of a classifier's logits. A new array.
     */
    public NDArray predictions(NDArray outputs) {
        return outputs.duplicate();
    }

    /** The accuracy of one network's {@code points} predictions against their targets. */
    public abstract double accuracy(float[] outputs, int offset, float[] targets, int targetOffset, int points);
}
