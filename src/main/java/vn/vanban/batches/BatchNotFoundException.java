package vn.vanban.batches;

import vn.vanban.problem.ProblemException;
import vn.vanban.problem.ProblemType;

public class BatchNotFoundException extends ProblemException {

    public BatchNotFoundException(long id) {
        super(ProblemType.NOT_FOUND, "Không có đợt văn bản mã " + id);
    }
}
