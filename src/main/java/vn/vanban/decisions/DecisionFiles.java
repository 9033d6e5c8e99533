package vn.vanban.decisions;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files of registered decisions, written once at registration. */
@Component
public class DecisionFiles {

    private final JdbcClient jdbc;

    DecisionFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void store(long decisionId, StoredFile file) {
        jdbc.sql("insert into decision_file (decision_id, format, file_name, media_type, sha256, size, content) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(decisionId, file.format(), file.fileName(), file.mediaType(), file.sha256(), file.size(), file.content())
                .update();
    }

    Optional<StoredFile> find(long decisionId, String format) {
        return jdbc.sql("select format, file_name, media_type, sha256, size, content from decision_file "
                        + "where decision_id = ? and format = ?")
                .params(decisionId, format)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getBytes(6)))
                .optional();
    }

    /** Without the bytes, every registered decision's files of one commune at once, by decision id: for the register. */
    java.util.Map<Long, List<StoredFile>> describeByCommune(String communeCode) {
        java.util.Map<Long, List<StoredFile>> files = new java.util.LinkedHashMap<>();
        jdbc.sql("select f.decision_id, f.format, f.file_name, f.media_type, f.sha256, f.size from decision_file f "
                        + "join decision d on d.id = f.decision_id where d.commune_code = ? order by f.decision_id, f.format")
                .param(communeCode)
                .query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(new StoredFile(rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), null));
                });
        return files;
    }

    /** Without the bytes: for listing. */
    List<StoredFile> describe(long decisionId) {
        return jdbc.sql("select format, file_name, media_type, sha256, size from decision_file where decision_id = ? order by format")
                .param(decisionId)
                .query((rs, n) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), null))
                .list();
    }
}
