/**
 * The findings a replication is about, apart from the claims that test them: the paper's numbered findings and
 * the blog's statements (registries under {@code dev/redshift/findings/}), which claims encode each one, how their
 * verdicts roll up into one verdict per finding, and the check that every {@code source:} quote is verbatim.
 * It reads spec plans and verdicts; it knows nothing of JUnit, DJL or Allure.
 */
package dev.redshift.findings;
