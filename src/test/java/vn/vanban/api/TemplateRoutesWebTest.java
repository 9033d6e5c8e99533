package vn.vanban.api;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.vanban.generation.DocumentDataException;
import vn.vanban.generation.DocumentService;
import vn.vanban.problem.FieldProblem;
import vn.vanban.generation.RenderedFile;
import vn.vanban.generation.TeamDocuments;
import vn.vanban.limits.RequestLimits;
import vn.vanban.render.OutputFormat;
import vn.vanban.template.UnknownTemplateException;

/** The render route alone, the rendering mocked: the body is bounded and parsed once, here, before rendering. */
@WebMvcTest(value = TemplateController.class, properties = "vanban.limits.max-body-bytes=200",
        // Security and audit have their own tests over HTTP; a slice checks binding and answers alone.
        excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.vanban\\.(security|audit|web)\\..*"))
@AutoConfigureMockMvc(addFilters = false)
@Import(RequestBodies.class)
@EnableConfigurationProperties(RequestLimits.class)
class TemplateRoutesWebTest {

    private static final String RENDER = "/api/v1/templates/official-letter/";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    DocumentService documents;

    private static MockHttpServletRequestBuilder render(String path, String body) {
        return post(RENDER + path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theParsedDataIsRenderedAndSavedUnderItsVietnameseName() throws Exception {
        when(documents.render(eq("official-letter"), any(), eq(OutputFormat.PDF)))
                .thenReturn(new RenderedFile(new byte[] {'%', 'P'}, "Công văn số 1.pdf", OutputFormat.PDF));
        mvc.perform(render("pdf", "{\"subject\": \"Về việc\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"Cong van so 1.pdf\"; filename*=UTF-8''C%C3%B4ng%20v%C4%83n%20s%E1%BB%91%201.pdf"));
        verify(documents).render("official-letter", JsonMapper.builder().build().readTree("{\"subject\": \"Về việc\"}"),
                OutputFormat.PDF);
    }

    @Test
    void oneDecisionPerTeamIsAZipNamedByTheTemplate() throws Exception {
        when(documents.renderEachTeam(eq("official-letter"), any(), eq(OutputFormat.DOCX))).thenReturn(new TeamDocuments("Quyết định",
                List.of(() -> new RenderedFile(new byte[] {'P', 'K'}, "Tổ 1.docx", OutputFormat.DOCX))));
        mvc.perform(render("docx?each=team", "{\"teams\": [{}]}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"Quyet dinh.zip\"")));
    }

    @Test
    void aBodyOverTheLimitIs413BeforeAnythingIsRendered() throws Exception {
        mvc.perform(render("pdf", "{\"contact\": \"" + "x".repeat(300) + "\"}"))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.type").value("/problems/too-large"))
                .andExpect(jsonPath("$.errors[0].detail").value("Dữ liệu có hơn 200 byte, vượt quá giới hạn 200 byte"));
        verifyNoInteractions(documents);
    }

    @Test
    void malformedJsonOrADuplicateKeyIs400() throws Exception {
        mvc.perform(render("pdf", "{\"issuer\": {\"name\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("/problems/invalid-data"))
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("(dòng 1, cột")));
        mvc.perform(render("pdf", "{\"number\": 1, \"number\": 2}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].detail").value(org.hamcrest.Matchers.containsString("Trường \"number\" có hai lần")));
        verifyNoInteractions(documents);
    }

    @Test
    void anUnknownFormatOrTemplateIs404() throws Exception {
        mvc.perform(render("odt", "{}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.templateId").value("official-letter/odt"));
        when(documents.render(eq("official-letter"), any(), eq(OutputFormat.PDF))).thenThrow(new UnknownTemplateException("official-letter"));
        mvc.perform(render("pdf", "{}"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Không có mẫu văn bản này"));
    }

    @Test
    void dataThatCannotMakeTheDocumentListsEveryProblem() throws Exception {
        when(documents.render(eq("official-letter"), any(), eq(OutputFormat.PDF))).thenThrow(new DocumentDataException(
                DocumentDataException.Kind.UNPROCESSABLE, "Dữ liệu không lập được văn bản hợp lệ",
                List.of(new FieldProblem("/teams/1/members", "Tổ chưa có Tổ trưởng"), new FieldProblem("/teams/2/members", "Hai Tổ trưởng"))));
        mvc.perform(render("pdf", "{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("/problems/unprocessable-document"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[1].pointer").value("/teams/2/members"));
    }
}
