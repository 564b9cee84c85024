package dev.redshift.network;

import ai.djl.ndarray.NDArray;
import java.util.Locale;
import org.apache.commons.numbers.gamma.Erf;

/** The activations of DESIGN §2. */
public enum StandardActivation implements Activation {
    RELU {
        @Override
        public NDArray apply(NDArray x) {
            return x.getNDArrayInternal().relu();
        }

        @Override
        public double apply(double x) {
            return Math.max(0, x);
        }
    },
    /** The exact form x·Φ(x) with the error function, not the tanh approximation. */
    GELU {
        @Override
        public NDArray apply(NDArray x) {
            return x.getNDArrayInternal().gelu();
        }

        @Override
        public double apply(double x) {
            return 0.5 * x * (1 + Erf.value(x / Math.sqrt(2)));
        }
    },
    SWISH {
        @Override
        public NDArray apply(NDArray x) {
            try (NDArray s = x.getNDArrayInternal().sigmoid()) {
                return x.mul(s);
            }
        }

        @Override
        public double apply(double x) {
            return x / (1 + Math.exp(-x));
        }
    },
    SELU {
        @Override
        public NDArray apply(NDArray x) {
            return x.getNDArrayInternal().selu();
        }

        @Override
        public double apply(double x) {
            return SELU_SCALE * (x > 0 ? x : SELU_ALPHA * Math.expm1(x));
        }
    },
    TANH {
        @Override
        public NDArray apply(NDArray x) {
            return x.tanh();
        }

        @Override
        public double apply(double x) {
            return Math.tanh(x);
        }
    },
    SIGMOID {
        @Override
        public NDArray apply(NDArray x) {
            return x.getNDArrayInternal().sigmoid();
        }

        @Override
        public double apply(double x) {
            return 1 / (1 + Math.exp(-x));
        }
    },
    /** exp(−x²). */
    GAUSSIAN {
        @Override
        public NDArray apply(NDArray x) {
            try (NDArray y = x.square()) {
                return y.negi().exp();
            }
        }

        @Override
        public double apply(double x) {
            return Math.exp(-x * x);
        }
    },
    SIN {
        @Override
        public NDArray apply(NDArray x) {
            return x.sin();
        }

        @Override
        public double apply(double x) {
            return Math.sin(x);
        }
    };

    private static final double SELU_ALPHA = 1.6732632423543772848170429916717;
    private static final double SELU_SCALE = 1.0507009873554804934193349852946;

    @Override
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
