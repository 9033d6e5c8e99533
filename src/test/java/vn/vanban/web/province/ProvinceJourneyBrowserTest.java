package vn.vanban.web.province;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vanban.api.ApiClient.json;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanban.api.ApiClient;
import vn.vanban.web.Browser;

/**
 * Journey 2: the Sở of Thanh Hóa follows its communes. It notes its figures and where Xuân Bình stands;
 * Xuân Bình's records clerk registers the commune team's founding decision; the province page counts it
 * and shows Xuân Bình decided, found by a search without diacritics; the Sở reads its member list and
 * summary letter pages, previews the letter, starts a batch, watches it finish and downloads the ZIP.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=province"})
class ProvinceJourneyBrowserTest {

    private static final String PASSWORD = "vanban-demo-2025";

    @LocalServerPort
    int port;

    @Test
    void theProvinceSeesACommuneDecideThenLettersAndBatchesItsDocuments() throws Exception {
        try (Browser browser = new Browser(port, "tinh")) {
            browser.login("so.38", PASSWORD);
            assertThat(browser.path()).isEqualTo("/provinces/38");
            browser.page("tong-quan");
            int decidedBefore = Integer.parseInt(browser.find("#fig-decided").getText().replace(".", ""));
            int teamsDecidedBefore = Integer.parseInt(browser.find("#fig-teams small").getText().replaceAll("\\D", ""));
            assertThat(stateOf(browser, "16177")).isEqualTo("Đã có danh sách");
            assertThat(browser.find("#decided-share").getText()).contains(decidedBefore + "/166");

            // Xuân Bình's records clerk drafts and registers its commune team's founding decision (today).
            ApiClient clerk = new ApiClient(port, "vanthu.16177", PASSWORD);
            HttpResponse<String> drafted = clerk.send("POST", "/api/v1/communes/16177/decisions", "{\"kind\": \"commune-team\"}");
            assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
            long id = json(drafted).get(0).path("id").asLong();
            HttpResponse<String> registered = clerk.send("POST", "/api/v1/decisions/" + id + "/registration", "{}");
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);

            browser.visit("/provinces/38", "tong-quan-sau-quyet-dinh");
            assertThat(browser.find("#fig-decided").getText()).isEqualTo(String.valueOf(decidedBefore + 1));
            assertThat(Integer.parseInt(browser.find("#fig-teams small").getText().replaceAll("\\D", "")))
                    .isEqualTo(teamsDecidedBefore + 1);
            assertThat(browser.find("progress").getAttribute("value")).isEqualTo(String.valueOf(decidedBefore + 1));
            assertThat(stateOf(browser, "16177")).isEqualTo("Đã ban hành quyết định");
            scrollTo(browser, "#communes-title");
            browser.page("bang-xa");
            onPhoneAt(browser, "#communes-title", "bang-xa");

            // The search, without diacritics, narrows the table in place and the address keeps it.
            browser.find("#q").sendKeys("xuan binh");
            browser.waitForText("#communes-count", "Hiển thị 1/166", 10);
            assertThat(browser.findAll("#communes-body tr")).hasSize(1);
            assertThat(browser.find("#communes-body").getText()).contains("Xã Xuân Bình").contains("Đã ban hành quyết định");
            assertThat(browser.driver().getCurrentUrl()).containsAnyOf("q=xuan+binh", "q=xuan%20binh");
            browser.page("tim-khong-dau");
            new Select(browser.find("#state")).selectByValue("none");
            browser.waitForText("#communes-count", "Hiển thị 0/166", 10);
            browser.find("#q").clear();
            browser.find("#q").sendKeys(" ");
            browser.waitForText("#communes-count", "Hiển thị 164/166", 10);
            browser.page("loc-chua-co-danh-sach");
            // A heading sorts by that column; a second click reverses it.
            browser.open("/provinces/38?sort=members&dir=desc");
            assertThat(browser.find("#communes-body tr td").getText()).isIn("14797", "16177");
            browser.page("sap-xep-thanh-vien");
            browser.onPhone("tong-quan");

            browser.visit("/provinces/38/member-list", "danh-sach-thanh-vien");
            assertThat(browser.text()).contains("nhật ký");
            HttpResponse<byte[]> list = browser.download(browser.find("button[formaction$='.pdf']").getAttribute("formaction")
                    + "?layout=2025&mask=true");
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(new String(list.body(), 0, 4)).isEqualTo("%PDF");
            browser.onPhone("danh-sach-thanh-vien");

            browser.visit("/provinces/38/summary-letter", "cong-van");
            assertThat(browser.find("#issuerParent").getAttribute("value")).isEqualTo("UBND TỈNH THANH HÓA");
            // A letter without its subject comes back with everything typed and the reason at the field.
            browser.find("#subject").clear();
            browser.find("#signerFullName").clear();
            browser.find("#signerFullName").sendKeys("Lê Thị Hoa");
            browser.clickToNewPage("#letter-form button[type=submit]:not([formaction])");
            browser.page("cong-van-thieu-trich-yeu");
            assertThat(browser.find("#subject").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#subject-error").getText()).isEqualTo("Cần điền mục này");
            assertThat(browser.find("#signerFullName").getAttribute("value")).isEqualTo("Lê Thị Hoa");
            browser.find("#subject").sendKeys("V/v đôn đốc thành lập Tổ công nghệ số cộng đồng cấp xã");
            browser.find("#letter-form button[type=submit]:not([formaction])").click();
            browser.waitFor(".pages img", 20);
            waitForFirstImage(browser);
            for (WebElement image : browser.findAll(".pages img")) {
                HttpResponse<byte[]> png = browser.download(image.getAttribute("src"));
                assertThat(png.statusCode()).isEqualTo(200);
                assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
            }
            browser.page("cong-van-xem-truoc");
            assertThat(browser.text()).contains("Bản xem trước");
            browser.onPhone("cong-van");
            scrollTo(browser, ".pages img");
            browser.page("cong-van-trang-1");
            // The next letter starts from this one.
            browser.visit("/provinces/38/summary-letter", "cong-van-lan-sau");
            assertThat(browser.find("#signerFullName").getAttribute("value")).isEqualTo("Lê Thị Hoa");
            assertThat(browser.text()).contains("Điền sẵn theo công văn lập lần trước");

            browser.visit("/provinces/38/batches", "dot-van-ban");
            new Select(browser.find("#kind")).selectByValue("member-list");
            browser.clickToNewPage("main form button[type=submit]");
            assertThat(browser.path()).matches("/batches/\\d+");
            browser.waitForText("#progress-text", "100 %", 90);
            WebElement zip = browser.waitFor("#zip-link", 10);
            browser.page("dot-van-ban-xong");
            HttpResponse<byte[]> file = browser.download(zip.getAttribute("href"));
            assertThat(file.statusCode()).isEqualTo(200);
            assertThat(new String(file.body(), 0, 2)).isEqualTo("PK");
            browser.onPhone("dot-van-ban-xong");
            browser.visit("/provinces/38/batches", "dot-van-ban-danh-sach");
            assertThat(browser.find("main table tbody").getText()).contains("Đã xong");
            scrollTo(browser, "#batches-title");
            browser.page("dot-van-ban-bang");
            onPhoneAt(browser, "#batches-title", "dot-van-ban-bang");

            // The letter's files come from the page route with the form as posted, as the buttons send it.
            ApiClient so = new ApiClient(port, "so.38", PASSWORD);
            String form = "issuerParent=UBND+T%E1%BB%88NH+THANH+H%C3%93A&issuerName=S%E1%BB%9E+KHOA+H%E1%BB%8CC&symbol=SKHCN"
                    + "&place=Thanh+H%C3%B3a&year=2026&subject=V%2Fv+%C4%91%C3%B4n+%C4%91%E1%BB%91c&addressees=UBND+c%C3%A1c+x%C3%A3"
                    + "&deadline=2026-12-31&signerTitle=GI%C3%81M+%C4%90%E1%BB%90C&signerFullName=L%C3%AA+V%C4%83n+A";
            HttpResponse<byte[]> docx = so.send(java.net.http.HttpRequest.newBuilder(so.uri("/provinces/38/summary-letter/docx"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(docx.statusCode()).isEqualTo(200);
            assertThat(new String(docx.body(), 0, 2)).isEqualTo("PK");
            assertThat(docx.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d)
                    .startsWith("attachment").contains("filename*=UTF-8''"));
        }
    }

    private static void scrollTo(Browser browser, String css) {
        browser.driver().executeScript("document.querySelector(arguments[0]).scrollIntoView()", css);
    }

    /** The page at a phone's size scrolled to an element, for the parts below the first screen. */
    private static void onPhoneAt(Browser browser, String css, String name) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        try {
            scrollTo(browser, css);
            browser.page(name + "-dien-thoai");
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }

    private static String stateOf(Browser browser, String code) {
        for (WebElement row : browser.findAll("#communes-body tr")) {
            if (row.findElement(By.cssSelector("td")).getText().equals(code)) {
                return row.findElement(By.cssSelector(".badge")).getText();
            }
        }
        throw new AssertionError("no row for " + code);
    }

    /** The first page image is in view, so loaded at once; the others load lazily as the reader scrolls. */
    private static void waitForFirstImage(Browser browser) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20)).until(d ->
                Boolean.TRUE.equals(browser.driver().executeScript(
                        "var i = document.querySelector('.pages img'); return i.complete && i.naturalWidth > 0")));
    }
}
