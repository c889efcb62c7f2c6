package dk.kompetencenet.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one deployment every Arquillian test class of a Failsafe run shares (arquillian-suite-extension, named in
 * arquillian.xml): one Payara Micro start instead of one per class. It is the union of what the classes need: the WAR
 * the build made, the test support classes, a web fragment that lets Arquillian's test runner servlet past the login,
 * GreenMail (MeetingIT reads the invitations back, SMTP on {@link #SMTP_PORT}; MailReplyIT puts answers into the
 * organiser mailbox the application reads on {@link #IMAP_PORT}, with the calendar programs' answers in
 * {@code replies/}), PDFBox (FollowUpIT reads the report's
 * PDF back) and every Arquillian test class, since their tests run inside the server. The extension does not add the
 * test classes by itself; classes with an {@code @Deployment} of their own would be ignored, so none has one.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    public static final int SMTP_PORT = 3925;

    /** GreenMail's IMAP port, where the application reads the organiser mailbox (meeting/replies). */
    public static final int IMAP_PORT = 3943;

    /** Libraries only the tests use inside the server, given by a class of each jar. */
    private static final List<Class<?>> TEST_LIBRARIES = List.of(
            com.icegreen.greenmail.util.GreenMail.class,
            org.apache.pdfbox.Loader.class,
            org.apache.pdfbox.io.RandomAccessRead.class,
            org.apache.fontbox.FontBoxFont.class,
            org.apache.commons.logging.Log.class,
            com.apicatalog.jsonld.JsonLd.class,
            com.apicatalog.jcs.JsonCanonicalizer.class,
            com.apicatalog.rdf.api.RdfQuadConsumer.class,
            com.apicatalog.rdf.nquads.NQuadsWriter.class);

    private Deployments() {
    }

    @Deployment
    public static WebArchive suite() {
        WebArchive archive = application();
        TEST_LIBRARIES.forEach(type -> archive.addAsLibrary(jarOf(type)));
        arquillianTestClasses().forEach(archive::addClass);
        archive.addAsResource(new File(jarOf(Deployments.class), "replies"), "replies");
        archive.addAsResource(new File("target", JsonLdContexts.FOLDER), JsonLdContexts.FOLDER);
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

    /**
     * Every {@code *IT} class on the test class path that runs with Arquillian (with its inner classes, which
     * ShrinkWrap adds along); RunnableJarIT and BrowserIT start the uber-jar themselves and stay out.
     */
    static List<Class<?>> arquillianTestClasses() {
        Path root = jarOf(Deployments.class).toPath();
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.map(root::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .toList();
            List<Class<?>> classes = new ArrayList<>();
            for (String name : names) {
                Class<?> type = load(name);
                if (runsWithArquillian(type)) {
                    classes.add(type);
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsWithArquillian(Class<?> type) {
        ExtendWith extensions = type.getAnnotation(ExtendWith.class);
        return extensions != null && Arrays.asList(extensions.value()).contains(ArquillianExtension.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar, or the classes folder, a class was loaded from. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
