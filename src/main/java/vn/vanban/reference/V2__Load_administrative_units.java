package vn.vanban.reference;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.vanban.text.TonePlacement;
import vn.vanban.text.VietnameseText;

/**
 * Loads the provinces and communes from the bundled CSV once, as a migration, so that H2 and
 * PostgreSQL get the same rows by the same path. Names are stored NFC, with the tone of an open oa, oe,
 * uy placed as the seeds write it ("Thanh Hóa", where the source has "Thanh Hoá"): every document, file
 * name and metadata field takes the place names from here, so this is the one place to spell them.
 */
public class V2__Load_administrative_units extends BaseJavaMigration {

    static final String CSV = "reference/vn-admin-units-2026.csv";
    private static final int COLUMNS = 7;

    @Override
    public void migrate(Context context) throws Exception {
        Map<String, String[]> provinces = new LinkedHashMap<>();
        Connection db = context.getConnection();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(CSV);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
             PreparedStatement commune = db.prepareStatement(
                     "insert into commune (code, province_code, name, full_name, type) values (?, ?, ?, ?, ?)")) {
            String header = reader.readLine();
            if (header == null || !header.startsWith("province_code,")) {
                throw new IllegalStateException(CSV + " does not start with its header row");
            }
            String line;
            int row = 1;
            while ((line = reader.readLine()) != null) {
                row++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = TonePlacement.asSeeds(VietnameseText.nfc(line)).split(",", -1);
                if (f.length != COLUMNS) {
                    throw new IllegalStateException(CSV + " row " + row + " has " + f.length + " columns, not " + COLUMNS);
                }
                provinces.putIfAbsent(f[0], new String[] {f[0], f[1], f[2]});
                commune.setString(1, f[3]);
                commune.setString(2, f[0]);
                commune.setString(3, f[4]);
                commune.setString(4, f[5]);
                commune.setString(5, f[6]);
                commune.addBatch();
            }
            try (PreparedStatement province = db.prepareStatement("insert into province (code, name, type) values (?, ?, ?)")) {
                for (String[] p : provinces.values()) {
                    province.setString(1, p[0]);
                    province.setString(2, p[1]);
                    province.setString(3, p[2]);
                    province.addBatch();
                }
                province.executeBatch();
            }
            commune.executeBatch();
        }
    }
}
