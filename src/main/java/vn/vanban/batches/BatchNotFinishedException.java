package vn.vanban.batches;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

/** The ZIP was asked for before the batch finished. */
public class BatchNotFinishedException extends ProblemException {

    public BatchNotFinishedException(Batch batch) {
        super(ProblemType.CONFLICT, "Đợt văn bản chưa xong", "Đợt văn bản " + batch.id() + " chưa xong: "
                + (batch.done() + batch.failed()) + "/" + batch.total() + " xã; hãy xem tiến độ rồi tải lại sau", null);
    }
}
