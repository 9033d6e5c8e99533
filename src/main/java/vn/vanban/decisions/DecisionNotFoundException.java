package vn.vanban.decisions;

public class DecisionNotFoundException extends RuntimeException {

    public DecisionNotFoundException(long id) {
        super("Không có quyết định mã " + id);
    }
}
