package vn.vanban.decisions;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.vanban.reference.CommuneRepository;
import vn.vanban.reference.UnknownCommuneException;
import vn.vanban.render.OutputFormat;
import vn.vanban.security.AccessPolicy;

/**
 * What a commune's decisions are, drafts and registered alike: the list, one decision, the register's
 * decisions by id (to cite a team's founding decision), and their files. Drafts are made in
 * {@code decisions.draft}; numbers and stored files are given in {@code decisions.register}.
 */
@Service
public class DecisionService {

    private final DecisionRepository decisions;
    private final CommuneRepository communes;
    private final DecisionRendering rendering;
    private final DecisionFiles files;
    private final AccessPolicy access;

    DecisionService(DecisionRepository decisions, CommuneRepository communes, DecisionRendering rendering,
                    DecisionFiles files, AccessPolicy access) {
        this.access = access;
        this.decisions = decisions;
        this.communes = communes;
        this.rendering = rendering;
        this.files = files;
    }

    public List<Decision> list(String communeCode) {
        if (!communes.existsById(communeCode)) {
            throw new UnknownCommuneException(communeCode);
        }
        access.requireCommuneRead(communeCode);
        return decisions.findByCommuneCodeOrderById(communeCode);
    }

    public Decision get(long id) {
        // A decision of a commune outside the caller's scope is answered as an unknown one.
        return decisions.findById(id).filter(d -> access.canSeeCommune(d.communeCode())).orElseThrow(() -> new DecisionNotFoundException(id));
    }

    /** The commune's registered decisions by id, to cite each team's founding decision on lists. */
    public Map<Long, Decision> registeredById(String communeCode) {
        return decisions.findByCommuneCodeOrderById(communeCode).stream().filter(Decision::registered)
                .collect(Collectors.toMap(Decision::id, Function.identity()));
    }

    /** The stored files of the commune's registered decisions by decision id, read in one query for the register. */
    public Map<Long, List<StoredFile>> storedFilesByDecision(String communeCode) {
        access.requireCommuneRead(communeCode);
        return files.describeByCommune(communeCode);
    }

    public List<StoredFile> storedFiles(long id) {
        return files.describe(id);
    }

    /** A registered decision's stored file, or a draft rendered now from its snapshot. */
    public StoredFile file(long id, OutputFormat format) {
        Decision decision = get(id);
        if (decision.registered()) {
            return files.find(id, format.extension()).orElseThrow(() -> new DecisionNotFoundException(id));
        }
        return rendering.stored(decision, format);
    }
}
