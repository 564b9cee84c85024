/**
 * The {@code redshift} command line (DESIGN §5): {@code measure}, {@code sample} and {@code check}. Exit 0 on
 * success, 1 when a claim failed, 2 on bad input with one line on standard error.
 */
package dev.redshift.cli;
