package vn.vanban.decisions;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    List<Decision> findByCommuneCodeOrderById(String communeCode);

    /**
     * Deletes the decision only while it is a draft, in one statement: a registration committed between the
     * caller's read and this delete leaves it in the register (0 rows).
     */
    @Modifying
    @Query("delete from decision where id = :id and status = 'DRAFT'")
    int deleteDraft(long id);
}
