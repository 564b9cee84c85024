package dev.redshift.cli;

/** Bad input on the command line: reported as one line on standard error, exit status 2. */
public final class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
