package dk.kompetencenet.platform.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The login session's cookie and idle time, set as the application starts: {@code HttpOnly}, {@code Secure} when {@code kompetencenet.session.secure-cookie} is true (set it where users reach Kompetencenet over
 * HTTPS, also behind a TLS proxy that speaks HTTP to it), and {@code kompetencenet.session.idle-minutes} (60) without
 * a request before a session ends. (Payara Micro 6 does not write a {@code SameSite} attribute set here: {@code Lax}
 * comes from Payara's own descriptor, {@code WEB-INF/glassfish-web.xml}. Writes from other sites are refused by
 * {@link SameOriginWrites} as well.)
 */
@WebListener
public class SessionSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Config config = ConfigProvider.getConfig();
        ServletContext context = event.getServletContext();
        int idleMinutes = config.getOptionalValue("kompetencenet.session.idle-minutes", Integer.class).orElse(60);
        if (idleMinutes < 1) {
            throw new IllegalStateException("kompetencenet.session.idle-minutes must be at least 1, not " + idleMinutes);
        }
        context.setSessionTimeout(idleMinutes);
        SessionCookieConfig cookie = context.getSessionCookieConfig();
        cookie.setHttpOnly(true);
        cookie.setSecure(config.getOptionalValue("kompetencenet.session.secure-cookie", Boolean.class).orElse(false));
    }
}
