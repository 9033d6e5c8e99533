package vn.vanban.render.docx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * A StringBuilder for WordprocessingML. Data text goes through {@link #text}, which escapes it and drops
 * the characters XML 1.0 forbids (a stray control character from pasted data would otherwise make Word
 * refuse the whole file). With a sink, the buffer is handed on in chunks so that a 5,000-row list
 * never sits in memory as one string.
 */
final class Xml {

    private static final int DRAIN_AT = 1 << 16;

    private final StringBuilder out = new StringBuilder(DRAIN_AT + (DRAIN_AT >> 2));
    private final Writer sink;

    Xml() {
        this(null);
    }

    Xml(Writer sink) {
        this.sink = sink;
    }

    Xml raw(String markup) {
        out.append(markup);
        return this;
    }

    /** {@code <tag attr="value"/>}, the shape of most property elements. */
    Xml empty(String tag, String attr, int value) {
        out.append('<').append(tag).append(' ').append(attr).append("=\"").append(value).append("\"/>");
        return this;
    }

    Xml empty(String tag, String attr, String value) {
        out.append('<').append(tag);
        attr(attr, value);
        out.append("/>");
        return this;
    }

    Xml attr(String name, int value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    Xml attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        text(value);
        out.append('"');
        return this;
    }

    Xml text(String s) {
        return text(s, 0, s.length());
    }

    Xml text(String s, int from, int to) {
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
    void drainIfFull() {
        if (out.length() >= DRAIN_AT) {
            drain();
        }
    }

    void drain() {
        if (sink == null) {
            return;
        }
        try {
            sink.append(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.setLength(0);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
