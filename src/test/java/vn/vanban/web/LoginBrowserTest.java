package vn.vanban.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The login form and the error pages in a real browser, in Vietnamese and without accessibility faults. */
@Tag("slow")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vanban.warm-up=false", "vanban.demo.enabled=true", "vanban.test.context=browser"})
class LoginBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void aWrongPasswordIsRefusedInVietnameseAndTheRightOneSignsIn() {
        try (Browser browser = new Browser(port, "dang-nhap")) {
            browser.open("/");
            assertThat(browser.path()).isEqualTo("/login");
            browser.login("canbo.16177", "mat-khau-sai");
            browser.page("dang-nhap-sai");
            assertThat(browser.find("[role=alert]").getText()).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
            browser.login("canbo.16177", PageAccessMatrixTest.DEMO_PASSWORD);
            assertThat(browser.path()).isNotEqualTo("/login");
            browser.visit("/khong-co-trang-nay", "trang-khong-co");
            assertThat(browser.find("h1").getText()).isEqualTo("Không tìm thấy trang");
            browser.visit("/admin/accounts", "khong-co-quyen");
            assertThat(browser.find("h1").getText()).isEqualTo("Không có quyền truy cập");
            browser.clickToNewPage("header form button");
            assertThat(browser.path()).isEqualTo("/login");
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Đã đăng xuất.");
        }
    }
}
