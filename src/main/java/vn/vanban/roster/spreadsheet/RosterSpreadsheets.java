package vn.vanban.roster.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.DecisionService;
import vn.vanban.limits.RequestLimits;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterService;
import vn.vanban.roster.Team;
import vn.vanban.reference.Commune;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;

/**
 * A commune's roster as a spreadsheet in the two member-list forms, and back. An import is read and
 * checked completely before anything is saved, and is saved in one transaction through the roster
 * store, so a file with one bad cell changes nothing and a stale If-Match is refused as for a PUT.
 */
@Service
public class RosterSpreadsheets {

    private final RosterService rosters;
    private final DecisionService decisions;
    private final CommuneRepository communes;
    private final RequestLimits limits;
    private final RosterSheetExporter exporter = new RosterSheetExporter();
    private final RosterSheetMerge merge = new RosterSheetMerge();

    public RosterSpreadsheets(RosterService rosters, DecisionService decisions, CommuneRepository communes,
                              RequestLimits limits) {
        this.rosters = rosters;
        this.decisions = decisions;
        this.communes = communes;
        this.limits = limits;
    }

    /** What an import did or, in a dry run, would do; {@code version} is the roster's version afterwards. */
    public record ImportResult(boolean dryRun, String communeCode, SheetLayout layout, Long version, RosterDiff diff) {
    }

    public void export(String code, SheetLayout layout, boolean mask, boolean csv, OutputStream out) {
        Commune commune = commune(code);
        Roster roster = rosters.get(code);
        ExportOptions options = ExportOptions.of(layout).masked(mask).withDecisions(decisionTexts(code));
        if (csv) {
            exporter.writeCsv(roster, commune.fullName(), options, out);
        } else {
            exporter.writeXlsx(roster, commune.fullName(), options, out);
        }
    }

    public ImportResult importSheet(String code, byte[] file, boolean dryRun, Long expectedVersion) {
        Commune commune = commune(code);
        RosterSheet sheet = new RosterSheetReader(limits.maxRows(), limits.maxBodyBytes()).read(new ByteArrayInputStream(file));
        Roster current = rosters.get(code);
        RosterSheetMerge.Result preview = merge.merge(current, sheet, commune.fullName());
        // A file that changes nothing is not a new version: an export imported back leaves the ETag as it was.
        if (dryRun || preview.diff().isEmpty()) {
            return new ImportResult(dryRun, code, sheet.layout(), current.version(), preview.diff());
        }
        AtomicReference<RosterDiff> diff = new AtomicReference<>();
        Roster saved = rosters.modify(code, expectedVersion, latest -> {
            RosterSheetMerge.Result result = merge.merge(latest, sheet, commune.fullName());
            diff.set(result.diff());
            return result.roster();
        });
        return new ImportResult(false, code, sheet.layout(), saved.version(), diff.get());
    }

    /** "01/QĐ-UBND ngày 10/7/2025" for each team founded by a registered decision. */
    private Function<Team, String> decisionTexts(String code) {
        Map<Long, Decision> byId = decisions.registeredById(code);
        return team -> {
            Decision d = team.decisionId() == null ? null : byId.get(team.decisionId());
            return d == null ? "" : d.reference();
        };
    }

    private Commune commune(String code) {
        return communes.findById(code).orElseThrow(() -> new UnknownCommuneException(code));
    }
}
