package dev.redshift.network;

import ai.djl.ndarray.NDArray;

/** A user activation, x / (1 + |x|), registered in META-INF/services to test the SPI. */
public final class SoftsignActivation implements Activation {
    @Override
    public String id() {
        return "softsign";
    }

    @Override
    public NDArray apply(NDArray x) {
        try (NDArray abs = x.abs(); NDArray denominator = abs.add(1)) {
            return x.div(denominator);
        }
    }

    @Override
    public double apply(double x) {
        return x / (1 + Math.abs(x));
    }
}
