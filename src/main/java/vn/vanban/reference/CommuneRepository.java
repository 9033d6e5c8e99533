package vn.vanban.reference;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface CommuneRepository extends ListCrudRepository<Commune, String> {

    List<Commune> findByProvinceCodeOrderByCode(String provinceCode);

    /** Communes per province, for the province list. */
    @Query("select province_code, count(*) as communes from commune group by province_code")
    List<CommuneCount> countByProvince();

    record CommuneCount(String provinceCode, long communes) {
    }
}
