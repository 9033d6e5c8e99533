package vn.vanban.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 connection written by hand, for what no HTTP client does on purpose: send a body a byte
 * at a time, or not at all, and see what the server answers and whether it closes the connection.
 */
final class RawHttp implements AutoCloseable {

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** The request line and headers of a POST that announces {@code length} bytes of JSON. */
    RawHttp startPost(String path, String authorization, int length) throws IOException {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: "
                + length + "\r\n" + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
        return send(head);
    }

    RawHttp send(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return this;
    }

    /** Whatever the server sent until it closed the connection or {@code millis} passed; null if nothing came. */
    String answer(int millis) throws IOException {
        socket.setSoTimeout(millis);
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                got.write(buffer, 0, n);
            }
            closedByServer = true;
        } catch (SocketTimeoutException e) {
            closedByServer = false;
        } catch (IOException e) {
            // A reset after the answer also ends the connection.
            closedByServer = true;
        }
        return got.size() == 0 ? null : got.toString(StandardCharsets.UTF_8);
    }

    private boolean closedByServer;

    boolean closedByServer() {
        return closedByServer;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
