package vn.vanban.bench;

import java.io.IOException;
import java.net.ServerSocket;

/** A local port no one listens on now, for a child process (the service, LibreOffice) to take. */
final class FreePort {

    private FreePort() {
    }

    static int any() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
