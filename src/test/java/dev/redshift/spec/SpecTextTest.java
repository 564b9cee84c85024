package dev.redshift.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link SpecText}: UTF-8 comes back as written; the first byte that is not UTF-8 is named at its line and column. */
class SpecTextTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8TextComesBackWholeMultiByteCharactersIncluded() {
        String text = "spec: Fig. 5 — café, ×16\nclaims: []\n";
        assertThat(SpecText.decode("a.yaml", text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
        assertThat(SpecText.decode("a.yaml", "x".getBytes(StandardCharsets.UTF_8))).isEqualTo("x");
        assertThat(SpecText.decode("a.yaml", new byte[0])).isEmpty();
    }

    @Test
    void aLatin1ByteIsRefusedAtItsLineAndColumn() {
        // "a: 1\nb: caf" then Latin-1 é (0xe9): offset 11, line 2, column 7
        byte[] input = concat("a: 1\nb: caf".getBytes(StandardCharsets.US_ASCII), bytes(0xe9, '\n'));
        SpecException e = catchThrowableOfType(() -> SpecText.decode("specs/x.yaml", input), SpecException.class);
        assertThat(e.position()).isEqualTo(new SourcePosition("specs/x.yaml", 2, 7));
        assertThat(e.problem()).isEqualTo("not UTF-8 text (byte 0xe9 at offset 11) — a spec is a YAML file in UTF-8");
        assertThat(e).hasMessage("specs/x.yaml:2:7: " + e.problem());
    }

    @Test
    void multiByteCharactersBeforeTheBadByteCountAsOneColumnEach() {
        // line 3 is "—é" (5 bytes, 2 characters) then a stray continuation byte 0x80 at offset 7
        byte[] input = concat("\n\n—é".getBytes(StandardCharsets.UTF_8), bytes(0x80));
        SpecException e = catchThrowableOfType(() -> SpecText.decode("b.yaml", input), SpecException.class);
        assertThat(e.position()).isEqualTo(new SourcePosition("b.yaml", 3, 3));
        assertThat(e.problem()).startsWith("not UTF-8 text (byte 0x80 at offset 7)");
    }

    @Test
    void aMultiByteCharacterCutOffAtTheEndIsRefused() {
        byte[] input = concat("ab".getBytes(StandardCharsets.US_ASCII), bytes(0xc3));
        SpecException e = catchThrowableOfType(() -> SpecText.decode("c.yaml", input), SpecException.class);
        assertThat(e.position()).isEqualTo(new SourcePosition("c.yaml", 1, 3));
        assertThat(e.problem()).startsWith("not UTF-8 text (byte 0xc3 at offset 2)");
    }
}
