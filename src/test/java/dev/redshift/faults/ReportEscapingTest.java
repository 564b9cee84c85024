package dev.redshift.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redshift.report.ReplicationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names a spec gives are text in the replication report, in its HTML and in its Markdown alike. */
class ReportEscapingTest {

    @TempDir
    Path dir;

    @Test
    void aScriptInANameIsEscapedInTheHtmlAndTheMarkdown() throws Exception {
        String script = "<script>alert(1)</script> & co";
        new ReplicationReport(List.of(), List.of(new ReplicationReport.Broken(script, "specs/<x>.yaml", script)), null,
                Map.of("specs", script)).write(dir);
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co";
        assertThat(Files.readString(dir.resolve("index.html"))).doesNotContain("<script>").contains(escaped);
        assertThat(Files.readString(dir.resolve("index.md"))).doesNotContain("<script>").doesNotContain("<x>")
                .contains(escaped).contains("specs/&lt;x&gt;.yaml");
    }
}
