package vn.vanban.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person's scope is read from the account on every request, so that a change by an administrator
 * (scope, disabling, deletion, a new password) holds at once, also for a browser session made before it:
 * a session of a deleted or disabled account, or older than the account's last password change, ends.
 * A request without a session needs no refresh: its credentials were checked against the account now.
 */
final class AccountRefreshFilter extends OncePerRequestFilter {

    private final AccountStore accounts;

    AccountRefreshFilter(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        // Without a session the caller was signed in by this very request (Basic), from the account the
        // provider has just read and checked: reading it again would change nothing.
        if (session != null && authentication != null && authentication.getPrincipal() instanceof Caller caller
                && caller.kind() == Caller.Kind.USER) {
            Optional<Account> account = accounts.find(caller.name());
            boolean stale = account.isEmpty() || !account.get().enabled()
                    || request.getHeader("Authorization") == null
                    && account.get().passwordChangedAt().toEpochMilli() > session.getCreationTime();
            if (stale) {
                SecurityContextHolder.clearContext();
                if (session != null) {
                    session.invalidate();
                }
            } else {
                Caller fresh = account.get().caller();
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                        Authorities.of(fresh));
                token.setDetails(authentication.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(token);
                SecurityContextHolder.setContext(context);
            }
        }
        chain.doFilter(request, response);
    }
}
