package vn.vanban.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.vanban.api.ApiClient;
import vn.vanban.web.Browser;

/**
 * The administrator's pages in a real browser. Journey 5: a key is made, its secret shown once works
 * as a Bearer on the API, is revoked and then refused, and the audit trail shows both. Then an account
 * is made, refused first with what was typed kept, disabled, given a generated password that signs in,
 * unlocked and deleted; a clerk gets the 403 page. The client address comes from X-Forwarded-For, so
 * that the failed logins which lock an account here do not lock the browser's own address.
 */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=admin",
                "server.forward-headers-strategy=framework"})
class AdminBrowserTest {

    private static final String COMMUNE = "16177";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    /** Each API call from its own address, so that only the account's own failures count towards its lockout. */
    private final java.util.concurrent.atomic.AtomicInteger address = new java.util.concurrent.atomic.AtomicInteger(10);

    private int get(String path, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("X-Forwarded-For", "203.0.113." + address.incrementAndGet()).GET();
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void type(Browser browser, String id, String text) {
        WebElement e = browser.find("#" + id);
        e.clear();
        e.sendKeys(text);
    }

    /**
     * {@link Browser#onPhone}, and the page does not scroll sideways there: only a wide table scrolls,
     * inside its own frame. The elements sticking out are named when it does.
     */
    private static void onPhone(Browser browser, String name) {
        browser.driver().manage().window().setSize(Browser.PHONE);
        try {
            browser.driver().navigate().refresh();
            browser.page(name + "-dien-thoai");
            Object wider = browser.driver().executeScript("""
                    var w = document.documentElement.clientWidth, out = [];
                    document.querySelectorAll('body *').forEach(function (e) {
                      var r = e.getBoundingClientRect();
                      if (r.right > w + 1 && !e.closest('.table-wrap') && !e.closest('.skip-link')) {
                        out.push(e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(r.right));
                      }
                    });
                    return document.documentElement.scrollWidth > w ? out.join('; ') || 'scrolls' : '';""");
            assertThat(String.valueOf(wider)).as("what sticks out of " + name + " on a phone").isEmpty();
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }

    private static void submit(Browser browser, String formAction) {
        clickAndWait(browser, "form[action='" + formAction + "'] button[type=submit]");
    }

    /** Clicks what leads to another page, and waits until the browser has left this one. */
    private static void clickAndWait(Browser browser, String css) {
        WebElement page = browser.find("html");
        browser.find(css).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(page));
    }

    @Test
    void journey5AKeyIsShownOnceWorksAsBearerIsRevokedAndTheAuditShowsBoth() throws Exception {
        try (Browser browser = new Browser(port, "quan-tri-khoa")) {
            browser.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            assertThat(browser.path()).isEqualTo("/admin/accounts");
            browser.visit("/admin/keys", "khoa-truy-cap");
            browser.find("details.new-key > summary").click();
            browser.page("khoa-truy-cap-mo-mau");

            // A code of the wrong shape is refused next to its field; the name typed stays.
            type(browser, "name", "Cổng dữ liệu Xuân Bình");
            new Select(browser.find("#scopeKind")).selectByValue("commune");
            type(browser, "scopeCode", "1617");
            submit(browser, "/admin/keys");
            browser.page("khoa-sai-ma");
            assertThat(browser.find("#scopeCode").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#scopeCode-error").getText()).contains("5 chữ số");
            assertThat(browser.find("#name").getAttribute("value")).isEqualTo("Cổng dữ liệu Xuân Bình");

            type(browser, "scopeCode", COMMUNE);
            type(browser, "expires", "31/12/2030");
            submit(browser, "/admin/keys");
            browser.page("khoa-moi");
            String secret = browser.find("#shown-once-value").getAttribute("value");
            assertThat(secret).startsWith("vb_");
            assertThat(browser.text()).contains("Chỉ hiện một lần", "Xã: 16177 – Xã Xuân Bình", "01/01/2031 00:00");
            assertThat(get("/api/v1/communes/" + COMMUNE + "/roster", "Bearer " + secret)).isEqualTo(200);

            // Shown once: the same page again (here at a phone's size) no longer has it.
            onPhone(browser, "khoa-sau-khi-tai-lai");
            assertThat(browser.findAll("#shown-once-value")).isEmpty();
            assertThat(browser.driver().getPageSource()).doesNotContain(secret);

            clickAndWait(browser, "a[aria-label^='Thu hồi khóa Cổng dữ liệu Xuân Bình']");
            browser.page("thu-hoi-khoa");
            assertThat(browser.find("h1").getText()).isEqualTo("Thu hồi khóa “Cổng dữ liệu Xuân Bình”?");
            clickAndWait(browser, "form[action$='/revoke'] button[type=submit]");
            browser.page("khoa-da-thu-hoi");
            assertThat(browser.find("[role=status]").getText()).startsWith("Đã thu hồi khóa “Cổng dữ liệu Xuân Bình”");
            assertThat(browser.text()).contains("Đã thu hồi");
            assertThat(get("/api/v1/communes/" + COMMUNE + "/roster", "Bearer " + secret)).isEqualTo(401);

            browser.visit("/admin/audit", "nhat-ky");
            String trail = browser.find("table").getText();
            assertThat(trail).contains("Tạo khóa truy cập", "Thu hồi khóa truy cập", "Tên: Cổng dữ liệu Xuân Bình");
            new Select(browser.find("#action")).selectByValue("key.revoke");
            submit(browser, "/admin/audit");
            browser.page("nhat-ky-thu-hoi");
            assertThat(browser.findAll("tbody tr")).hasSize(1);
            assertThat(browser.find("tbody").getText()).contains("Thu hồi khóa truy cập", ApiClient.ADMIN);
            onPhone(browser, "nhat-ky");
        }
    }

    @Test
    void anAccountIsMadeDisabledGivenANewPasswordUnlockedAndDeleted() throws Exception {
        try (Browser browser = new Browser(port, "quan-tri-tai-khoan")) {
            browser.login(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
            browser.visit("/admin/accounts", "tai-khoan");
            assertThat(browser.find("table").getText()).contains("canbo.16177", "16177 – Xã Xuân Bình", "so.38", "38 – Tỉnh Thanh Hóa");
            onPhone(browser, "tai-khoan");

            clickAndWait(browser, "a[href='/admin/accounts/new']");
            browser.page("tai-khoan-moi");
            type(browser, "username", "Cán bộ mới");
            type(browser, "password", "ngan");
            type(browser, "communes", "16177, 14797");
            browser.waitForText("#communes-names", "Phường Hạc Thành", 5);
            submit(browser, "/admin/accounts/new");
            browser.page("tai-khoan-moi-sai");
            assertThat(browser.find("#username").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(browser.find("#username-error").getText()).contains("chữ thường không dấu");
            assertThat(browser.find("#username").getAttribute("value")).isEqualTo("Cán bộ mới");
            assertThat(browser.find("#communes").getAttribute("value")).isEqualTo("16177, 14797");
            assertThat(browser.find("#communes-names").getText()).contains("16177 – Xã Xuân Bình", "14797 – Phường Hạc Thành");

            type(browser, "username", "canbo.thu.nghiem");
            submit(browser, "/admin/accounts/new");
            assertThat(browser.find("#password-error").getText()).contains("ít nhất 10 ký tự");
            type(browser, "password", "mat-khau-ban-dau");
            browser.find("#registrar").click();
            submit(browser, "/admin/accounts/new");
            browser.page("tai-khoan-da-tao");
            assertThat(browser.path()).isEqualTo("/admin/accounts/canbo.thu.nghiem");
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Đã tạo tài khoản canbo.thu.nghiem.");
            assertThat(browser.find(".facts").getText()).contains("Cấp xã", "14797 – Phường Hạc Thành", "16177 – Xã Xuân Bình");
            String basic = ApiClient.basic("canbo.thu.nghiem", "mat-khau-ban-dau");
            assertThat(get("/api/v1/account", basic)).isEqualTo(200);

            // Disabled: the password no longer signs in.
            browser.find("#enabled").click();
            submit(browser, "/admin/accounts/canbo.thu.nghiem");
            browser.page("tai-khoan-da-khoa");
            assertThat(browser.find("[role=status]").getText()).contains("đang khóa");
            assertThat(browser.find(".facts").getText()).contains("Đã khóa");
            assertThat(get("/api/v1/account", basic)).isEqualTo(401);
            browser.find("#enabled").click();
            submit(browser, "/admin/accounts/canbo.thu.nghiem");

            // A generated password, shown once, signs in; the old one no longer does.
            submit(browser, "/admin/accounts/canbo.thu.nghiem/password");
            browser.page("mat-khau-moi");
            String generated = browser.find("#shown-once-value").getAttribute("value");
            assertThat(generated).hasSize(16);
            assertThat(get("/api/v1/account", basic)).isEqualTo(401);
            assertThat(get("/api/v1/account", ApiClient.basic("canbo.thu.nghiem", generated))).isEqualTo(200);

            // Too many failed logins lock the name; the admin sees until when and lifts it.
            for (int i = 0; i < 5; i++) {
                get("/api/v1/account", ApiClient.basic("canbo.thu.nghiem", "sai-mat-khau-" + i));
            }
            browser.visit("/admin/accounts/canbo.thu.nghiem", "tai-khoan-bi-chan");
            assertThat(browser.find(".facts").getText()).contains("Bị chặn đăng nhập đến");
            submit(browser, "/admin/accounts/canbo.thu.nghiem/unlock");
            assertThat(browser.find("[role=status]").getText()).contains("Đã gỡ chặn");
            onPhone(browser, "tai-khoan-sua");

            clickAndWait(browser, "a[href='/admin/accounts/canbo.thu.nghiem/delete']");
            browser.page("xoa-tai-khoan");
            submit(browser, "/admin/accounts/canbo.thu.nghiem/delete");
            browser.page("da-xoa-tai-khoan");
            assertThat(browser.path()).isEqualTo("/admin/accounts");
            assertThat(browser.find("[role=status]").getText()).startsWith("Đã xóa tài khoản canbo.thu.nghiem.");
            assertThat(browser.find("table").getText()).doesNotContain("canbo.thu.nghiem");

            // The generated password signs in through the login form too (a fresh account, as the deleted one is gone).
            browser.visit("/admin/accounts/so.38", "tai-khoan-tinh");
            submit(browser, "/admin/accounts/so.38/password");
            String provincePassword = browser.find("#shown-once-value").getAttribute("value");
            browser.logout();
            browser.login("so.38", provincePassword);
            assertThat(browser.path()).isNotEqualTo("/login");
        }
    }

    @Test
    void aClerkOpeningTheAdminPagesGetsThe403Page() {
        try (Browser browser = new Browser(port, "quan-tri-cam")) {
            browser.login("canbo." + COMMUNE, "vanban-demo-2025");
            browser.visit("/admin/accounts", "can-bo-xa-khong-co-quyen");
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền truy cập");
            browser.visit("/admin/audit", "can-bo-xa-nhat-ky");
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền truy cập");
        }
    }
}
