package vn.vanban.roster.spreadsheet;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayInputStream;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Service;
import vn.vanban.limits.RequestLimits;
import vn.vanban.limits.SpreadsheetLimits;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.form.MemberListForm;
import vn.vanban.security.AccessPolicy;

/**
 * A member list in either edition of the form, XLSX or CSV, imported into a commune's roster. An import
 * is read and checked completely before anything is saved, and is saved in one transaction through the
 * roster store, so a file with one bad cell changes nothing and a stale If-Match is refused as for a PUT.
 * (The roster goes out as a spreadsheet through {@code memberlist.MemberLists}.)
 */
@Service
public class RosterSpreadsheets {

    private final RosterService rosters;
    private final CommuneRepository communes;
    private final RequestLimits limits;
    private final SpreadsheetLimits sheetLimits;
    private final AccessPolicy access;
    private final RosterSheetMerge merge = new RosterSheetMerge();

    public RosterSpreadsheets(RosterService rosters, CommuneRepository communes, RequestLimits limits,
                              SpreadsheetLimits sheetLimits, AccessPolicy access) {
        this.rosters = rosters;
        this.communes = communes;
        this.limits = limits;
        this.sheetLimits = sheetLimits;
        this.access = access;
    }

    /**
     * What an import did or, in a dry run, would do; {@code version} is the roster's version afterwards.
     * The edition of the form is {@code "layout"} in JSON, as the export's query parameter names it.
     */
    public record ImportResult(boolean dryRun, String communeCode, @JsonProperty("layout") MemberListForm form,
                               Long version, RosterDiff diff) {
    }

    public ImportResult importSheet(String code, byte[] file, boolean dryRun, Long expectedVersion) {
        Commune commune = communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code));
        // Even a dry run, or a file that changes nothing, is an edit the caller must be allowed to make.
        access.requireCommuneWrite(code);
        RosterSheet sheet = new RosterSheetReader(limits.maxRows(), limits.maxBodyBytes(), sheetLimits).read(new ByteArrayInputStream(file));
        Roster current = rosters.get(code);
        RosterSheetMerge.Result preview = merge.merge(current, sheet, commune.fullName());
        // A file that changes nothing is not a new version: an export imported back leaves the ETag as it was.
        if (dryRun || preview.diff().isEmpty()) {
            return new ImportResult(dryRun, code, sheet.form(), current.version(), preview.diff());
        }
        AtomicReference<RosterDiff> diff = new AtomicReference<>();
        Roster saved = rosters.modify(code, expectedVersion, latest -> {
            RosterSheetMerge.Result result = merge.merge(latest, sheet, commune.fullName());
            diff.set(result.diff());
            return result.roster();
        });
        return new ImportResult(false, code, sheet.form(), saved.version(), diff.get());
    }
}
