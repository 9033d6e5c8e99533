package vn.vanban.reference;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

public interface ProvinceRepository extends ListCrudRepository<Province, String> {

    List<Province> findAllByOrderByCode();
}
