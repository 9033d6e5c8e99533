package vn.vanban.problem;

/** One error in data sent by a client, at a JSON Pointer (RFC 6901; "" for the whole body). */
public interface PointedError {

    String pointer();

    String message();
}
