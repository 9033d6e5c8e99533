package vn.vanban.batches;

public class BatchNotFoundException extends RuntimeException {

    public BatchNotFoundException(long id) {
        super("Không có đợt văn bản mã " + id);
    }
}
