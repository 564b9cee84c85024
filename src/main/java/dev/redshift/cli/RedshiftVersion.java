package dev.redshift.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Redshift running, from the jar's Maven metadata. */
final class RedshiftVersion {

    private RedshiftVersion() {
    }

    /** e.g. {@code 0.1.0-SNAPSHOT}; {@code development build} when run from compiled classes, not the jar. */
    static String current() {
        try (InputStream in = RedshiftVersion.class.getResourceAsStream(
                "/META-INF/maven/dev.redshift/redshift/pom.properties")) {
            if (in == null) {
                return "development build";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "development build");
        } catch (IOException e) {
            return "development build";
        }
    }
}
