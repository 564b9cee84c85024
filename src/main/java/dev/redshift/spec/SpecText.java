package dev.redshift.spec;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** The text of a spec file: UTF-8, and anything else (a binary file, Latin-1) refused where it stops being so. */
public final class SpecText {

    private SpecText() {
    }

    /**
     * The bytes as UTF-8 text.
     *
     * @param path the spec as shown to users
     * @throws SpecException at the line and column of the first byte that is not UTF-8
     */
    public static String decode(String path, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            int lineStart = text.lastIndexOf('\n') + 1;
            int line = (int) text.chars().filter(c -> c == '\n').count() + 1;
            throw new SpecException(new SourcePosition(path, line, text.length() - lineStart + 1),
                    String.format(java.util.Locale.ROOT, "not UTF-8 text (byte 0x%02x at offset %d) — a spec is a"
                            + " YAML file in UTF-8", bytes[in.position()] & 0xff, in.position()));
        }
        return text;
    }
}
