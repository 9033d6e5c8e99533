package vn.vanban.web.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanban.api.ApiClient;
import vn.vanban.text.VietnameseDates;
import vn.vanban.web.Browser;
import vn.vanban.web.WebFormats;

/**
 * The decision part of journey 1 in a real browser: a commune clerk drafts the decision founding the
 * village teams, reads its pages and downloads the DOCX; the records clerk gives it its number with a
 * double click, and the register shows that one number, printed in the stored PDF.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=decisions"})
class DecisionBrowserTest {

    private static final String COMMUNE = "16177";
    private static final String PASSWORD = "vanban-demo-2025";

    @LocalServerPort
    int port;

    @Test
    void aClerkDraftsTheVillageTeamsDecisionAndTheRecordsClerkNumbersItOnce() throws Exception {
        everyVillageHasATeam();
        int registeredBefore = registeredCount();
        try (Browser browser = new Browser(port, "quyet-dinh")) {
            browser.login("canbo." + COMMUNE, PASSWORD);
            browser.visit("/communes/" + COMMUNE + "/decisions/new", "lap-quyet-dinh");
            // The village teams already founded leave only the new one; the commune team is proposed.
            assertThat(browser.find("#kind-commune-team").isSelected()).isTrue();
            browser.find("#kind-village-teams").click();
            browser.waitForText("#lua-chon legend", "Thành lập các tổ ở thôn", 10);
            WebElement team = browser.waitFor("#team-to-thon-7", 10);
            assertThat(team.isSelected()).isTrue();
            assertThat(browser.findAll("#lua-chon input[name=teams]")).hasSize(1);
            assertThat(browser.find("#subject").getAttribute("value"))
                    .isEqualTo("Về việc thành lập các Tổ công nghệ số cộng đồng trên địa bàn xã Xuân Bình");
            browser.page("lap-quyet-dinh-to-thon");
            // htmx put the kind in the address: the phone-sized reload shows the same choice.
            browser.onPhone("lap-quyet-dinh-to-thon");
            team = browser.find("#team-to-thon-7");

            // A refused form comes back with what was typed and the reason next to the teams.
            team.click();
            browser.find("#subject").clear();
            browser.find("#subject").sendKeys("Về việc thành lập Tổ công nghệ số cộng đồng Thôn 7");
            browser.find("#signer-0").click();
            browser.clickToNewPage("form.decision-form button[type=submit]");
            browser.page("lap-quyet-dinh-chua-chon-to");
            assertThat(browser.find("#teams-error").getText()).isEqualTo("Hãy chọn ít nhất một tổ.");
            assertThat(browser.find("#team-to-thon-7").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#kind-village-teams").isSelected()).isTrue();
            assertThat(browser.find("#signer-0").isSelected()).isTrue();
            assertThat(browser.find("#subject").getAttribute("value")).isEqualTo("Về việc thành lập Tổ công nghệ số cộng đồng Thôn 7");

            browser.find("#team-to-thon-7").click();
            browser.clickToNewPage("form.decision-form button[type=submit]");
            browser.page("du-thao");
            assertThat(browser.path()).matches("/decisions/\\d+");
            String decision = browser.path();
            assertThat(browser.find("h1").getText()).startsWith("Dự thảo quyết định");
            assertThat(browser.text()).contains("Về việc thành lập Tổ công nghệ số cộng đồng Thôn 7")
                    .contains("Hà Văn Chiến (KT. CHỦ TỊCH – PHÓ CHỦ TỊCH)");
            long ready = pageImagesReady(browser);
            System.out.println("Page images of the draft ready " + ready + " ms after the page was asked for");
            // A clerk who is not the records clerk is offered no "Cấp số".
            assertThat(browser.findAll("#cap-so")).isEmpty();
            assertThat(browser.findAll("button").stream().map(WebElement::getText)).doesNotContain("Cấp số");
            HttpResponse<byte[]> docx = browser.download(browser.find("a[href$='/docx']").getAttribute("href"));
            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(new String(docx.body(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
            browser.onPhone("du-thao");

            browser.logout();
            browser.login("vanthu." + COMMUNE, PASSWORD);
            browser.visit(decision, "du-thao-van-thu");
            LocalDate today = LocalDate.now(WebFormats.VIETNAM);
            assertThat(browser.find("#date").getAttribute("value")).isEqualTo(new WebFormats().date(today));
            browser.find("#confirm").click();
            WebElement give = browser.find("#cap-so button[type=submit]");
            new Actions(browser.driver()).doubleClick(give).perform();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                    .until(d -> browser.findAll("[role=status]").stream().anyMatch(e -> e.getText().startsWith("Đã cấp số")));
            browser.page("da-cap-so");
            assertThat(browser.path()).isEqualTo(decision);
            String number = browser.find("h1").getText().replaceFirst("^Quyết định số (\\S+).*$", "$1");
            assertThat(number).matches("\\d{2,}/QĐ-UBND");
            assertThat(browser.findAll(".sha code")).hasSize(2)
                    .allSatisfy(code -> assertThat(code.getText()).matches("[0-9a-f]{64}"));
            assertThat(browser.text()).contains("vanthu." + COMMUNE).contains(new WebFormats().date(today));
            System.out.println("Page images of the registered decision ready " + pageImagesReady(browser) + " ms after the page was asked for");

            browser.visit("/communes/" + COMMUNE + "/register", "so-van-ban-di");
            List<WebElement> rows = browser.findAll("table.register tbody tr");
            assertThat(rows).hasSize(registeredBefore + 1);
            assertThat(rows.stream().filter(r -> r.getText().contains("Về việc thành lập Tổ công nghệ số cộng đồng Thôn 7")))
                    .singleElement().satisfies(r -> assertThat(r.getText()).contains(number));
            assertThat(registeredCount()).isEqualTo(registeredBefore + 1);
            HttpResponse<byte[]> pdf = browser.download(rows.get(0).findElement(org.openqa.selenium.By.cssSelector("a[href$='/pdf']"))
                    .getAttribute("href"));
            browser.onPhone("so-van-ban-di");

            assertThat(pdf.statusCode()).isEqualTo(200);
            try (PDDocument document = Loader.loadPDF(pdf.body())) {
                assertThat(new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " "))
                        .contains("Số: " + number)
                        .contains("Xuân Bình, ngày " + VietnameseDates.day(today.getDayOfMonth()) + " tháng "
                                + VietnameseDates.month(today.getMonthValue()) + " năm " + today.getYear());
            }
        }
    }

    /** Xuân Bình's seventh village has no team in the demo: it gets one, as a clerk would add it. */
    private void everyVillageHasATeam() throws Exception {
        String member = "{\"role\": \"%s\", \"person\": {\"fullName\": \"%s\", \"phone\": \"09120000%02d\"}}";
        String team = """
                {"key": "to-thon-7", "level": "village", "name": "Tổ công nghệ số cộng đồng Thôn 7", "villageKey": "thon-7",
                 "members": [%s, %s, %s, %s, %s]}""".formatted(
                member.formatted("leader", "Lê Văn Bảy", 1), member.formatted("deputy", "Trịnh Thị Hạnh", 2),
                member.formatted("member", "Phạm Văn Toàn", 3), member.formatted("member", "Nguyễn Thị Lan", 4),
                member.formatted("member", "Hoàng Văn Đức", 5));
        HttpResponse<String> made = new ApiClient(port).send("POST", "/api/v1/communes/" + COMMUNE + "/teams", team);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    }

    private int registeredCount() throws Exception {
        HttpResponse<String> list = new ApiClient(port).get("/api/v1/communes/" + COMMUNE + "/decisions");
        return (int) json(list).valueStream().filter(d -> d.path("status").asString().equals("registered")).count();
    }

    /**
     * Brings every page image into view (they load lazily) and waits until each has loaded; answers how long
     * after the page was asked for the last one was ready.
     */
    private static long pageImagesReady(Browser browser) {
        List<WebElement> images = browser.findAll(".pages img");
        assertThat(images).isNotEmpty();
        for (WebElement image : images) {
            browser.driver().executeScript("arguments[0].scrollIntoView()", image);
        }
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> images.stream().allMatch(i -> Boolean.TRUE.equals(
                browser.driver().executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", i))));
        Object elapsed = browser.driver().executeScript("""
                var last = 0;
                performance.getEntriesByType('resource').forEach(function (r) {
                  if (r.name.indexOf('/previews/') >= 0) { last = Math.max(last, r.responseEnd); }
                });
                return Math.round(last);""");
        return ((Number) elapsed).longValue();
    }
}
