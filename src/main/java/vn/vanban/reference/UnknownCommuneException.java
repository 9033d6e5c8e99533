package vn.vanban.reference;

/** A commune code that is not in the reference data. */
public class UnknownCommuneException extends RuntimeException {

    public UnknownCommuneException(String code) {
        super("Không có xã, phường, đặc khu mã \"" + code + "\"");
    }
}
