package vn.vanban.security;

/** No account of this name: 404. */
public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(String username) {
        super("Không có tài khoản " + username);
    }
}
