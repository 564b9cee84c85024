package dev.redshift.spark;

import java.io.Serializable;

/**
 * What a task sends back: the values of its networks, or the one-line error that stopped it, and where it ran.
 *
 * @param values {@code values[measure][k]} for network {@code first + k}; null on error
 * @param nonFinite which networks gave non-finite outputs (diverged, for training runs); null on error
 * @param reasons "measure: reason" lines for measures undefined on some finite network, may be empty
 * @param error the exception's class and message, or null
 * @param executor the Spark executor id and host it ran on
 */
public record UnitResult(double[][] values, boolean[] nonFinite, String[] reasons, String error, String executor)
        implements Serializable {
}
