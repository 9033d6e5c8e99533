package vn.vanban.batches;

/** The ZIP was asked for before the batch finished. */
public class BatchNotFinishedException extends RuntimeException {

    public BatchNotFinishedException(Batch batch) {
        super("Đợt văn bản " + batch.id() + " chưa xong: " + (batch.done() + batch.failed()) + "/" + batch.total()
                + " xã; hãy xem tiến độ rồi tải lại sau");
    }
}
