package vn.vanban.decisions;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface DecisionRepository extends ListCrudRepository<Decision, Long> {

    List<Decision> findByCommuneCodeOrderById(String communeCode);
}
