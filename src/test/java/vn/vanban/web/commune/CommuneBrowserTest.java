package vn.vanban.web.commune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;
import vn.vanban.api.ApiClient;
import vn.vanban.web.Browser;

/**
 * The commune clerk's pages in a real browser: the home page's findings lead to their fix (journey 1),
 * an import shows a bad row and imports nothing, then goes through dry run and confirm (journey 4),
 * another commune's clerk is refused (journey 3), and a stale save keeps what was typed.
 * Each test works on its own demo commune, so their order does not matter.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=commune"})
class CommuneBrowserTest {

    private static final String PASSWORD = "vanban-demo-2025";

    @LocalServerPort
    int port;

    @Test
    void journey1TheVillageWithoutATeamLeadsToTheFormThatAddsItsTeam() {
        try (Browser browser = new Browser(port, "xa-hanh-trinh-1")) {
            browser.login("canbo.16177", PASSWORD);
            assertThat(browser.path()).isEqualTo("/communes/16177");
            browser.page("trang-chinh");
            browser.onPhone("trang-chinh");
            HttpResponse<byte[]> list = browser.download(browser.find("a[href$='roster.xlsx?layout=2022']").getAttribute("href"));
            assertThat(list.statusCode()).isEqualTo(200);
            assertThat(list.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            WebElement finding = finding(browser, "Thôn 7");
            finding.findElement(By.linkText("Thêm tổ cho thôn này")).click();
            browser.page("them-to");
            assertThat(browser.path()).isEqualTo("/communes/16177/teams/new");
            assertThat(browser.find("#t-name").getAttribute("value")).isEqualTo("Tổ công nghệ số cộng đồng thôn 7");
            assertThat(new Select(browser.find("#t-villageKey")).getFirstSelectedOption().getText()).isEqualTo("Thôn 7");
            browser.clickToNewPage("form button[type=submit][data-once]");
            browser.page("to-moi");
            assertThat(browser.find("[role=status]").getText()).contains("Đã thêm Tổ công nghệ số cộng đồng thôn 7");

            addMember(browser, "Lê Văn Hùng", "leader", "male", "0912 345 678");
            addMember(browser, "Phạm Thị Lan", "deputy", "female", "0987654321");
            addMember(browser, "Nguyễn Văn An", "member", "male", "0915111222");
            addMember(browser, "Trần Thị Bình", "member", "female", "0915111333");
            // A number that is not Vietnamese is said so while it is typed, and still saved.
            browser.find("#f-fullName").sendKeys("Hoàng Văn Cường");
            browser.find("#f-phone").sendKeys("12345");
            browser.waitForText("#f-phone-hint", "không phải số Việt Nam hợp lệ", 10);
            browser.page("so-dien-thoai-sai");
            browser.find("#f-phone").clear();
            browser.find("#f-phone").sendKeys("0915111444");
            browser.waitForText("#f-phone-hint", "Số hợp lệ: +84915111444", 10);
            browser.clickToNewPage("section[aria-labelledby=them-thanh-vien] button[type=submit]");
            browser.page("du-thanh-vien");
            List<String> rows = browser.findAll("table tbody tr").stream().map(WebElement::getText).toList();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0)).contains("Lê Văn Hùng").contains("Tổ trưởng");
            assertThat(rows.get(1)).contains("Phạm Thị Lan").contains("Tổ phó");
            browser.onPhone("to-thon-7");

            browser.clickToNewPage("table tbody tr:first-child a[href*='/members/']");
            browser.page("sua-thanh-vien");
            browser.find("#f-position").sendKeys("Trưởng thôn");
            browser.clickToNewPage("form button[type=submit][data-once]");
            browser.page("sua-thanh-vien-xong");
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Đã lưu thành viên.");
            assertThat(browser.find("table tbody tr:first-child").getText()).contains("Lê Văn Hùng").contains("Trưởng thôn");

            browser.visit("/communes/16177", "trang-chinh-het-canh-bao");
            assertThat(browser.text()).doesNotContain("Thôn 7 chưa có Tổ công nghệ số cộng đồng");
            assertThat(browser.find("#thon-to ~ .table-wrap").getText()).contains("Tổ công nghệ số cộng đồng thôn 7");

            // A village without a name is refused next to its input, with what was typed kept.
            browser.visit("/communes/16177/villages", "thon");
            browser.onPhone("thon");
            browser.find("#f-kind").clear();
            browser.find("#f-kind").sendKeys("khu phố");
            browser.clickToNewPage("#them-thon + form button[type=submit]");
            browser.page("thon-thieu-ten");
            assertThat(browser.find("#f-name").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#f-e-name").getText()).isEqualTo("Thiếu tên thôn, ấp, khu phố");
            assertThat(browser.find("#f-kind").getAttribute("value")).isEqualTo("khu phố");
            browser.find("#f-name").sendKeys("Khu phố 8");
            browser.clickToNewPage("#them-thon + form button[type=submit]");
            browser.page("thon-da-them");
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Đã thêm Khu phố 8.");
            // Deleting asks first (htmx's confirm, no inline script), then the list comes back without it.
            WebElement added = village(browser, "Khu phố 8");
            added.findElement(By.tagName("summary")).click();
            added.findElement(By.cssSelector("form[action$='/delete'] button")).click();
            browser.driver().switchTo().alert().accept();
            browser.waitForText("[role=status]", "Đã xóa thôn.", 10);
            browser.page("thon-da-xoa");
            assertThat(browser.findAll("ul.villages > li").stream().map(WebElement::getText)).noneMatch(t -> t.contains("Khu phố 8"));
        }
    }

    @Test
    void journey3AClerkOfAnotherCommuneGetsTheVietnameseRefusal() {
        try (Browser browser = new Browser(port, "xa-hanh-trinh-3")) {
            browser.login("canbo.21025", PASSWORD);
            browser.visit("/communes/16177", "xa-khac");
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền truy cập");
            browser.visit("/communes/16177/teams/to-thon-1", "to-xa-khac");
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền truy cập");
            browser.visit("/communes/21025", "xa-cua-minh");
            assertThat(browser.find("h1").getText()).isEqualTo("Phường Cẩm Thành");

            // A province account reads a commune of its province that has no roster yet: the empty state, no edit buttons.
            browser.logout();
            browser.login("so.38", PASSWORD);
            browser.visit("/communes/16171", "xa-chua-co-danh-sach");
            assertThat(browser.find(".empty-state h2").getText()).isEqualTo("Xã chưa có danh sách Tổ công nghệ số cộng đồng");
            assertThat(browser.findAll("a[href$='/import']")).isEmpty();
        }
    }

    @Test
    void journey4ABadRowImportsNothingAndAGoodFileGoesThroughDryRunAndConfirm() throws Exception {
        ApiClient api = new ApiClient(port, "canbo.14797", PASSWORD);
        try (Browser browser = new Browser(port, "xa-nhap-excel")) {
            browser.login("canbo.14797", PASSWORD);
            browser.visit("/communes/14797/import", "nhap");
            browser.onPhone("nhap");
            HttpResponse<byte[]> export = browser.download(browser.find("a[href$='roster.xlsx?layout=2025']").getAttribute("href"));
            assertThat(export.statusCode()).isEqualTo(200);
            String before = api.get("/api/v1/communes/14797/roster").body();

            Path bad = edited(export.body(), "Tổ trưởng", "Tổ phôs", "xau.xlsx");
            upload(browser, bad);
            browser.page("nhap-tep-loi");
            WebElement problems = browser.find("table.sheet-problems");
            assertThat(problems.getText()).contains("Tổ phôs");
            List<WebElement> cells = problems.findElements(By.cssSelector("tbody tr td"));
            assertThat(cells.get(0).getText()).matches("\\d+");
            assertThat(cells.get(1).getText()).matches("[A-Z]");
            assertThat(browser.text()).contains("chưa nhập gì");
            assertThat(api.get("/api/v1/communes/14797/roster").body()).isEqualTo(before);

            // The confirm applies the file to the roster it was checked against, or nothing.
            Path good = edited(export.body(), null, null, "tot.xlsx");
            upload(browser, good);
            HttpResponse<String> meanwhile = api.send("POST", "/api/v1/communes/14797/villages",
                    "{\"kind\": \"khu phố\", \"name\": \"Khu phố 9\", \"active\": true}");
            assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(201);
            String changed = api.get("/api/v1/communes/14797/roster").body();
            browser.clickToNewPage("form[action$='/import/confirm'] button[type=submit]");
            browser.page("nhap-da-cu");
            assertThat(browser.find("[role=alert]").getText()).startsWith("Chưa nhập gì: danh sách của xã đã được người khác thay đổi");
            assertThat(api.get("/api/v1/communes/14797/roster").body()).isEqualTo(changed);

            upload(browser, good);
            browser.page("nhap-xem-truoc");
            assertThat(browser.find("table.import-diff").getText()).contains("Sửa").contains("0911999888");
            assertThat(api.get("/api/v1/communes/14797/roster").body()).isEqualTo(changed);
            browser.clickToNewPage("form[action$='/import/confirm'] button[type=submit]");
            browser.page("nhap-xong");
            assertThat(browser.path()).isEqualTo("/communes/14797");
            assertThat(browser.find("[role=status]").getText()).startsWith("Đã nhập tệp tot.xlsx");
            assertThat(api.get("/api/v1/communes/14797/roster").body()).contains("0911999888");
        }
    }

    @Test
    void aStaleProfileSaveShowsWhatChangedAndKeepsWhatWasTyped() throws Exception {
        ApiClient other = new ApiClient(port, "canbo.28807", PASSWORD);
        try (Browser browser = new Browser(port, "xa-sua-cung-luc")) {
            browser.login("canbo.28807", PASSWORD);
            browser.visit("/communes/28807/profile", "ho-so");
            browser.onPhone("ho-so");
            String chair = browser.find("#f-chair").getAttribute("value");
            browser.find("#f-place").clear();
            browser.find("#f-place").sendKeys("Giao Long (bản của tôi)");

            HttpResponse<String> read = other.get("/api/v1/communes/28807/profile");
            ObjectNode profile = (ObjectNode) ApiClient.json(read);
            profile.put("chair", "Trần Văn Mới");
            HttpResponse<String> put = other.send("PUT", "/api/v1/communes/28807/profile", profile.toString(),
                    "If-Match", read.headers().firstValue("ETag").orElseThrow());
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

            browser.clickToNewPage("form button[type=submit][data-once]");
            browser.page("ho-so-xung-dot");
            WebElement notice = browser.find(".conflict");
            assertThat(notice.getText()).contains("Người khác đã lưu thay đổi từ lúc bạn mở trang");
            assertThat(notice.getText()).contains("Chủ tịch").contains("Trần Văn Mới").contains(chair);
            assertThat(notice.getText()).contains("Địa danh").contains("Giao Long (bản của tôi)");
            assertThat(browser.find("#f-place").getAttribute("value")).isEqualTo("Giao Long (bản của tôi)");

            browser.clickToNewPage("form button[type=submit][data-once]");
            browser.page("ho-so-ghi-de");
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Đã lưu hồ sơ của xã.");
            String saved = other.get("/api/v1/communes/28807/profile").body();
            assertThat(saved).contains("Giao Long (bản của tôi)").contains(chair).doesNotContain("Trần Văn Mới");
        }
    }

    private static WebElement village(Browser browser, String name) {
        return browser.findAll("ul.villages > li").stream().filter(li -> li.getText().contains(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no village " + name + " in " + browser.text()));
    }

    private static WebElement finding(Browser browser, String text) {
        return browser.findAll("ul.findings li").stream().filter(li -> li.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding about " + text + " in " + browser.text()));
    }

    private static void addMember(Browser browser, String name, String role, String gender, String phone) {
        browser.find("#f-fullName").sendKeys(name);
        new Select(browser.find("#f-role")).selectByValue(role);
        new Select(browser.find("#f-gender")).selectByValue(gender);
        browser.find("#f-phone").sendKeys(phone);
        browser.waitForText("#f-phone-hint", "Số hợp lệ", 10);
        browser.clickToNewPage("section[aria-labelledby=them-thanh-vien] button[type=submit]");
        browser.page("them-" + role);
        assertThat(browser.find("[role=status]").getText()).startsWith("Đã thêm " + name);
    }

    private static void upload(Browser browser, Path file) {
        browser.visit("/communes/14797/import", "nhap-chon-tep");
        browser.find("#f-file").sendKeys(file.toAbsolutePath().toString());
        browser.clickToNewPage("form[enctype] button[type=submit]");
    }

    /**
     * The exported workbook with one cell changed: the first cell reading {@code from} set to {@code to},
     * or (both null) the first phone number set to 0911999888.
     */
    private static Path edited(byte[] xlsx, String from, String to, String name) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            boolean done = false;
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (done || cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue().strip();
                    if (from != null ? text.equals(from) : text.matches("0\\d{9}")) {
                        // The export writes inline strings, whose text POI would leave in place: blank the cell first.
                        cell.setBlank();
                        cell.setCellValue(from != null ? to : "0911999888");
                        done = true;
                    }
                }
            }
            assertThat(done).as("the export has a cell to change").isTrue();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            Path file = Files.createTempDirectory("nhap").resolve(name);
            Files.write(file, out.toByteArray());
            return file;
        }
    }
}
