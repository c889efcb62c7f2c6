package dk.kompetencenet.platform.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.kompetencenet.platform.cluster.ClusterClient.Reply;
import dk.kompetencenet.platform.cluster.ClusterProcesses.Node;

/**
 * A coordinator logged in through the balancer with the login form (a session cookie, as a browser), who switches to
 * English and saves staff; the node that served them is killed with kill -9; through the balancer they are still
 * logged in on the same page in English, the page they had open still posts back, a new save succeeds, and every save
 * acknowledged before the kill is in the database. Before the kill, the same session is also used on the other node
 * directly: the balancer's sticky cookie is a convenience, not what keeps the user logged in.
 */
final class ClusterSessionScenario {

    private static final String PAGE = "/index.xhtml";

    private ClusterSessionScenario() {
    }

    static void run(ClusterProcesses cluster, ClusterDatabase database, String demoPassword, String adminPassword) {
        String balancer = cluster.balancerUrl();
        ClusterClient user = ClusterClient.loggedIn(balancer, "koordinator", demoPassword);
        Node served = cluster.node(user.lastLogin().servedBy());
        Node other = cluster.nodes().stream().filter(n -> n != served).findFirst().orElseThrow();

        Reply page = loggedInPage(user, balancer, "before the kill");
        assertThat(page.servedBy()).as("the sticky cookie keeps the user on the node that logged them in")
                .isEqualTo(served.name());
        assertThat(page.text()).contains("lang=\"da\"");
        Reply switched = user.postForm(balancer + PAGE, Map.of("session", "session", "session:english",
                "session:english", "jakarta.faces.ViewState", page.viewState()));
        assertThat(switched.status()).as("switching to English: " + switched.text()).isIn(200, 302, 303);
        assertThat(loggedInPage(user, other.url(), "directly on the other node, before the kill").text())
                .as("the language chosen through one node, on the other").contains("lang=\"en\"");

        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String email = "gemt-foer-" + i + "-" + System.nanoTime() + "@skole.example.dk";
            ClusterScenarios.newEmployee(user, balancer, email);
            acknowledged.add(email);
        }
        Reply formInProgress = loggedInPage(user, balancer, "the page open when the node dies");
        assertThat(formInProgress.servedBy()).isEqualTo(served.name());

        cluster.kill9(served);

        Reply after = loggedInPage(user, balancer, "after " + served.name() + " was killed");
        assertThat(after.servedBy()).as("the balancer sends the user to the node still running").isEqualTo(other.name());
        assertThat(after.text()).as("the language chosen before the kill").contains("lang=\"en\"");
        Map<String, String> backToDanish = new LinkedHashMap<>();
        backToDanish.put("session", "session");
        backToDanish.put("session:danish", "session:danish");
        backToDanish.put("jakarta.faces.ViewState", formInProgress.viewState());
        Reply posted = user.postForm(balancer + PAGE, backToDanish);
        assertThat(posted.status()).as("the page open on the killed node posts back: " + posted.text()).isIn(200, 302, 303);
        assertThat(posted.text()).as("no stack trace").doesNotContain("Exception", "at dk.kompetencenet");
        assertThat(loggedInPage(user, balancer, "after the postback").text())
                .as("the postback made on the page from the killed node took effect").contains("lang=\"da\"");

        String afterKill = "gemt-efter-" + System.nanoTime() + "@skole.example.dk";
        ClusterScenarios.newEmployee(user, balancer, afterKill);
        acknowledged.add(afterKill);
        for (String email : acknowledged) {
            assertThat(database.count("SELECT COUNT(*) FROM employee WHERE email = ?", email))
                    .as("acknowledged save " + email).isEqualTo(1);
        }
        assertThat(ClusterClient.basic("admin", adminPassword).get(balancer + "/api/institutions").status())
                .as("HTTP Basic through the balancer after the kill").isEqualTo(200);
    }

    /** The page, as the logged-in user sees it: 200, their name on it, not the login page or a redirect to it. */
    private static Reply loggedInPage(ClusterClient user, String base, String when) {
        Reply page = user.get(base + PAGE);
        assertThat(page.status()).as(when + ": " + PAGE + " answered " + page.status() + " (Location "
                + page.header("Location") + "), not the logged-in page").isEqualTo(200);
        assertThat(page.text()).as(when + ": the user is logged in").contains("koordinator")
                .doesNotContain("name=\"password\"");
        return page;
    }
}
