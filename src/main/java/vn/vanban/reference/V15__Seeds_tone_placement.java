package vn.vanban.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.vanban.text.TonePlacement;

/**
 * Databases loaded before {@link V2__Load_administrative_units} placed tones as the seeds do hold the
 * source's "Thanh Hoá"; this rewrites those names once, so old and new databases print the same names.
 */
public class V15__Seeds_tone_placement extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection db = context.getConnection();
        respell(db, "select code, name from province", "update province set name = ? where code = ?");
        respell(db, "select code, name from commune", "update commune set name = ? where code = ?");
        respell(db, "select code, full_name from commune", "update commune set full_name = ? where code = ?");
    }

    private static void respell(Connection db, String select, String update) throws Exception {
        try (Statement read = db.createStatement(); ResultSet rows = read.executeQuery(select);
             PreparedStatement write = db.prepareStatement(update)) {
            while (rows.next()) {
                String name = rows.getString(2);
                String respelt = TonePlacement.asSeeds(name);
                if (!respelt.equals(name)) {
                    write.setString(1, respelt);
                    write.setString(2, rows.getString(1));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }
}
