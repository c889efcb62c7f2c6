package dk.kompetencenet.testsupport;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every Arquillian test uses: the WAR the build made, plus the test support classes and a web fragment
 * that lets Arquillian's own test runner servlet past the login.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The application plus GreenMail, for tests that read the mails it sends (SMTP on {@link #SMTP_PORT}). */
    public static WebArchive withMailServer() {
        try {
            File greenMail = new File(com.icegreen.greenmail.util.GreenMail.class.getProtectionDomain().getCodeSource()
                    .getLocation().toURI());
            return application().addAsLibrary(greenMail);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static final int SMTP_PORT = 3925;

    /** The application plus the jars holding these classes, for tests that use a library inside the server. */
    public static WebArchive withLibrariesOf(Class<?>... classes) {
        WebArchive archive = application();
        for (Class<?> type : classes) {
            try {
                archive.addAsLibrary(new File(type.getProtectionDomain().getCodeSource().getLocation().toURI()));
            } catch (java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return archive;
    }

    public static WebArchive application() {
        String war = System.getProperty("kompetencenet.war", "target/kompetencenet.war");
        JavaArchive runnerIsPublic = ShrinkWrap.create(JavaArchive.class, "arquillian-runner-public.jar")
                .addAsManifestResource("arquillian/web-fragment.xml", "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(war))
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(runnerIsPublic);
    }
}
