package vn.vanban.render.ooxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * A StringBuilder for Office Open XML (WordprocessingML and SpreadsheetML). Data text goes through {@link #text}, which escapes it and drops
 * the characters XML 1.0 forbids (a stray control character from pasted data would otherwise make Word
 * refuse the whole file). With a sink, the buffer is handed on in chunks so that a 5,000-row list
 * never sits in memory as one string.
 */
public final class Xml {

    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final int DRAIN_AT = 1 << 16;

    private final StringBuilder out = new StringBuilder(DRAIN_AT + (DRAIN_AT >> 2));
    private final OutputStream sink;
    private char[] chars = new char[0];
    private byte[] bytes = new byte[0];
    private int encodedLength;

    public Xml() {
        this(null);
    }

    /** Markup that is handed on to {@code sink} as UTF-8 in chunks. */
    public Xml(OutputStream sink) {
        this.sink = sink;
    }

    public Xml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** {@code <tag attr="value"/>}, the shape of most property elements. */
    public Xml empty(String tag, String attr, int value) {
        out.append('<').append(tag).append(' ').append(attr).append("=\"").append(value).append("\"/>");
        return this;
    }

    public Xml empty(String tag, String attr, String value) {
        out.append('<').append(tag);
        attr(attr, value);
        out.append("/>");
        return this;
    }

    public Xml attr(String name, int value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    public Xml attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        text(value);
        out.append('"');
        return this;
    }

    public Xml text(String s) {
        return text(s, 0, s.length());
    }

    public Xml text(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> i = appendLegal(s, i, to, c);
            }
        }
        return this;
    }

    /** Appends c (and its low surrogate) if XML 1.0 allows it; returns the index of the last char used. */
    private int appendLegal(String s, int i, int to, char c) {
        if (Character.isHighSurrogate(c)) {
            if (i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(i + 1));
                return i + 1;
            }
            return i;
        }
        boolean legal = c >= 0x20 ? !Character.isLowSurrogate(c) && c != 0xFFFE && c != 0xFFFF
                : c == '\t' || c == '\n' || c == '\r';
        if (legal) {
            out.append(c);
        }
        return i;
    }

    /** Passes the buffer on to the sink once it is large; call between blocks. */
    public void drainIfFull() {
        if (out.length() >= DRAIN_AT) {
            drain();
        }
    }

    public void drain() {
        if (sink == null) {
            return;
        }
        try {
            sink.write(utf8(), 0, encodedLength);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    /**
     * The buffer as UTF-8, into {@link #bytes}. A loop of our own over a char array: String.getBytes and
     * the JDK's encoders take the slow path for text that is not Latin-1, as every Vietnamese name is,
     * and made half of the time of a long DOCX. Surrogates come only in pairs ({@link #text} drops the
     * others), and a drain never falls inside a text.
     */
    private byte[] utf8() {
        int n = out.length();
        if (chars.length < n) {
            chars = new char[n];
            bytes = new byte[3 * n];
        }
        out.getChars(0, n, chars, 0);
        int b = 0;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            if (c < 0x80) {
                bytes[b++] = (byte) c;
            } else if (c < 0x800) {
                bytes[b++] = (byte) (0xC0 | c >> 6);
                bytes[b++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                int cp = Character.toCodePoint(c, chars[++i]);
                bytes[b++] = (byte) (0xF0 | cp >> 18);
                bytes[b++] = (byte) (0x80 | cp >> 12 & 0x3F);
                bytes[b++] = (byte) (0x80 | cp >> 6 & 0x3F);
                bytes[b++] = (byte) (0x80 | cp & 0x3F);
            } else {
                bytes[b++] = (byte) (0xE0 | c >> 12);
                bytes[b++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[b++] = (byte) (0x80 | c & 0x3F);
            }
        }
        encodedLength = b;
        return bytes;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
