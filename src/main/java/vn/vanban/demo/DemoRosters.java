package vn.vanban.demo;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.decisions.Decision;
import vn.vanban.decisions.draft.DecisionDrafts;
import vn.vanban.decisions.register.DecisionRegister;
import vn.vanban.decisions.draft.NewDecision;
import vn.vanban.roster.Roster;
import vn.vanban.roster.RosterRepository;
import vn.vanban.roster.RosterService;

/**
 * Fills a new embedded database with the communes of the samples (Cẩm Thành, Giao Long, Hạc Thành,
 * Xuân Bình), so that a first start shows real rosters, checks and documents. The manifest
 * {@code demo/demo.json} says which decisions to register, so member lists print their numbers. The load
 * is all or nothing as seen from the next start: {@link DemoLoadLedger} claims the communes first, and a start
 * cut off half way is completed by the next one (the cut-off commune cleared and loaded again). Readiness waits
 * for it, as for every runner.
 */
@Component
@Order(0)
class DemoRosters implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRosters.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private final DemoProperties properties;
    private final DataSource dataSource;
    private final RosterRepository repository;
    private final RosterService rosters;
    private final DecisionDrafts drafts;
    private final DecisionRegister register;
    private final DemoLoadLedger ledger;
    private final String manifestLocation;

    @Autowired
    DemoRosters(DemoProperties properties, DataSource dataSource, RosterRepository repository, RosterService rosters,
                DecisionDrafts drafts, DecisionRegister register, DemoLoadLedger ledger) {
        this(properties, dataSource, repository, rosters, drafts, register, ledger, "classpath:demo/demo.json");
    }

    /** With another manifest: the tests cut a load off half way with one that fails part way through. */
    DemoRosters(DemoProperties properties, DataSource dataSource, RosterRepository repository, RosterService rosters,
                DecisionDrafts drafts, DecisionRegister register, DemoLoadLedger ledger, String manifestLocation) {
        this.properties = properties;
        this.dataSource = dataSource;
        this.repository = repository;
        this.rosters = rosters;
        this.drafts = drafts;
        this.register = register;
        this.ledger = ledger;
        this.manifestLocation = manifestLocation;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!properties.enabled() || !embedded()) {
            return;
        }
        JsonNode manifest;
        try (InputStream in = resource(manifestLocation)) {
            manifest = JSON.readTree(in);
        }
        Map<String, JsonNode> byCode = new LinkedHashMap<>();
        manifest.path("communes").forEach(commune -> byCode.put(commune.path("code").asString(), commune));
        if (!ledger.started()) {
            if (repository.count() > 0) {
                // A database with rosters of its own (or loaded before the ledger existed): never mixed with the demo.
                return;
            }
            ledger.claim(List.copyOf(byCode.keySet()));
        }
        List<String> unfinished = ledger.unfinished();
        for (Map.Entry<String, JsonNode> entry : byCode.entrySet()) {
            String code = entry.getKey();
            JsonNode commune = entry.getValue();
            if (!unfinished.contains(code)) {
                continue;
            }
            ledger.clear(code);
            load(code, commune);
            ledger.loaded(code);
            LOG.info("Demo roster loaded for commune {}", code);
        }
    }

    private void load(String code, JsonNode commune) throws IOException {
        try (InputStream in = resource("classpath:demo/rosters/" + code + ".json")) {
            rosters.replace(code, JSON.readValue(in, Roster.class), null);
        }
        for (JsonNode d : commune.path("decisions")) {
            List<String> teams = d.has("teams") ? d.path("teams").valueStream().map(JsonNode::asString).toList() : null;
            List<Decision> made = drafts.create(code, new NewDecision(d.path("kind").asString(), teams, null, null));
            if (d.has("register")) {
                LocalDate date = LocalDate.parse(d.path("register").asString());
                made.forEach(decision -> register.register(decision.id(), date));
            }
        }
    }

    private boolean embedded() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
        return "H2".equalsIgnoreCase(product);
    }

    private static InputStream resource(String location) throws IOException {
        Resource r = new PathMatchingResourcePatternResolver().getResource(location);
        return r.getInputStream();
    }
}
