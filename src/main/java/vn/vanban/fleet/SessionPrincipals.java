package vn.vanban.fleet;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.IndexResolver;
import org.springframework.session.Session;
import org.springframework.session.SingleIndexResolver;
import vn.vanban.security.Caller;

/**
 * The sessions shared by the fleet (Spring Session JDBC) index each by the account it belongs to. The
 * library's own resolver takes the authentication's name, which for a {@link Caller} principal is the
 * record's whole text and longer than the index column; the account name is what identifies it.
 */
@Configuration(proxyBeanMethods = false)
class SessionPrincipals {

    @Bean
    IndexResolver<Session> sessionPrincipalIndex() {
        return new SingleIndexResolver<>(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME) {
            @Override
            public String resolveIndexValueFor(Session session) {
                Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
                if (context instanceof SecurityContext security && security.getAuthentication() != null) {
                    Object principal = security.getAuthentication().getPrincipal();
                    return principal instanceof Caller caller ? caller.actor() : security.getAuthentication().getName();
                }
                return null;
            }
        };
    }
}
