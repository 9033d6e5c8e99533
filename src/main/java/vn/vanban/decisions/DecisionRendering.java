package vn.vanban.decisions;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.generation.DocumentService;
import vn.vanban.generation.RenderedFile;
import vn.vanban.render.OutputFormat;

/** A decision's file, rendered from its data snapshot: a draft on demand, a registered one once. */
@Component
public class DecisionRendering {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DocumentService documents;

    DecisionRendering(DocumentService documents) {
        this.documents = documents;
    }

    public RenderedFile render(Decision decision, OutputFormat format) {
        return documents.render(documents.catalog().get(decision.templateId()), JSON.readTree(decision.data()), format);
    }

    public StoredFile stored(Decision decision, OutputFormat format) {
        RenderedFile file = render(decision, format);
        return new StoredFile(file.format().extension(), file.fileName(), file.format().mediaType(), file.sha256(),
                file.bytes().length, file.bytes());
    }
}
