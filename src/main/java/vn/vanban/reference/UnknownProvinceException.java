package vn.vanban.reference;

public class UnknownProvinceException extends RuntimeException {

    public UnknownProvinceException(String code) {
        super("Không có tỉnh, thành phố mã \"" + code + "\"");
    }
}
