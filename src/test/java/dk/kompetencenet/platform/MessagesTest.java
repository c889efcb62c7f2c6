package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.RegistrationStatus;
import dk.kompetencenet.meeting.calendar.DanishHolidays;
import dk.kompetencenet.meeting.web.Recurrence;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.GoalKind;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyStatus;
import dk.kompetencenet.strategy.TargetGroup;

/**
 * All user-facing text comes from the two message bundles: pages hold no hard-coded text, every key a page or a service
 * uses exists, and Danish and English have the same keys.
 */
class MessagesTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Path JAVA = Path.of("src/main/java");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("value", "label", "title", "header", "headerText",
            "itemLabel", "placeholder", "summary", "alt", "requiredMessage", "converterMessage", "validatorMessage",
            "message", "emptyMessage", "aria-label");
    private static final Pattern EL = Pattern.compile("#\\{[^}]*\\}");
    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([\\w.]+)'\\]");
    private static final Pattern QUOTED_KEY = Pattern.compile("'([a-z][\\w]*\\.[\\w.]+)'");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:atLine\\([^,]+,|inField\\(\"[^\"]+\",|super\\(|Messages\\.\\w+\\(|Texts\\.get\\([^,]+,)\\s*\"([a-z][\\w]*\\.[\\w.]+)\"");

    private final Properties danish = load("da");
    private final Properties english = load("en");

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getClassLoader()
                .getResourceAsStream(Texts.BUNDLE.replace('.', '/') + "_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Test
    void danishAndEnglishHaveTheSameKeysAndNoEmptyText() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(danish.stringPropertyNames()));
        assertThat(danish.stringPropertyNames()).allSatisfy(key -> assertThat(danish.getProperty(key)).isNotBlank());
        assertThat(english.stringPropertyNames()).allSatisfy(key -> assertThat(english.getProperty(key)).isNotBlank());
    }

    @Test
    void everyKeyThePagesUseExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            collect(PAGE_KEY, text, keys);
            Matcher labels = Pattern.compile("<k:\\w+[^>]*label=\"([^\"]+)\"").matcher(text);
            while (labels.find()) {
                if (labels.group(1).startsWith("#{")) {
                    collect(QUOTED_KEY, labels.group(1), keys);
                } else {
                    keys.add(labels.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty().allSatisfy(key -> assertThat(danish).containsKey(key));
    }

    @Test
    void everyKeyTheServicesAndBackingBeansUseExists() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                collect(JAVA_KEY, Files.readString(file), keys);
            }
        }
        assertThat(keys).hasSizeGreaterThan(40).allSatisfy(key -> assertThat(danish).containsKey(key));
    }

    @Test
    void everyChoiceShownToUsersHasAName() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(InstitutionType.values()).map(InstitutionType::labelKey).forEach(keys::add);
        Arrays.stream(JobRole.values()).map(JobRole::labelKey).forEach(keys::add);
        Arrays.stream(InitiativeSector.values()).map(InitiativeSector::labelKey).forEach(keys::add);
        Arrays.stream(TargetGroup.values()).map(TargetGroup::labelKey).forEach(keys::add);
        Arrays.stream(GoalKind.values()).map(GoalKind::labelKey).forEach(keys::add);
        Arrays.stream(StrategyStatus.values()).map(StrategyStatus::labelKey).forEach(keys::add);
        Arrays.stream(MeetingKind.values()).map(MeetingKind::labelKey).forEach(keys::add);
        Arrays.stream(Answer.values()).map(Answer::labelKey).forEach(keys::add);
        Arrays.stream(AttendanceStatus.values()).map(AttendanceStatus::labelKey).forEach(keys::add);
        Arrays.stream(RegistrationStatus.values()).map(RegistrationStatus::labelKey).forEach(keys::add);
        Arrays.stream(Recurrence.Repeat.values()).map(Recurrence.Repeat::labelKey).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.ProgrammeKind.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.DesignationKind.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.Designation.Source.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.Expiry.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.EnrolmentStatus.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.security.tokens.TokenScope.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.training.TrainingService.CoverageFlag.values()).map(e -> e.labelKey())
                .forEach(keys::add);
        Arrays.stream(dk.kompetencenet.competence.DevelopmentGoal.Status.values()).map(e -> e.labelKey())
                .forEach(keys::add);
        Arrays.stream(dk.kompetencenet.competence.Assessment.Kind.values()).map(e -> e.labelKey()).forEach(keys::add);
        Arrays.stream(dk.kompetencenet.competence.Assessment.DataType.values()).map(e -> e.labelKey())
                .forEach(keys::add);
        Arrays.stream(dk.kompetencenet.competence.AssessmentRound.Status.values())
                .forEach(st -> keys.add("rounds.status." + st.name()));
        DanishHolidays.inYear(2023).forEach(h -> keys.add(h.key()));
        DanishHolidays.inYear(2026).forEach(h -> keys.add(h.key()));
        Arrays.stream(Role.values()).forEach(r -> {
            keys.add("role." + r.name());
            keys.add("start.intro." + r.name());
        });
        assertThat(keys).allSatisfy(key -> assertThat(danish).containsKey(key));
    }

    @Test
    void pagesHoldNoHardCodedText() throws Exception {
        List<String> found = new ArrayList<>();
        var factory = DocumentBuilderFactory.newInstance();
        for (Path page : pages()) {
            Element root = factory.newDocumentBuilder().parse(page.toFile()).getDocumentElement();
            visit(root, page, found);
        }
        assertThat(found).isEmpty();
    }

    private static void visit(Node node, Path page, List<String> found) {
        if (node.getNodeType() == Node.TEXT_NODE && hasLetters(node.getNodeValue())) {
            found.add(WEBAPP.relativize(page) + ": text \"" + node.getNodeValue().trim() + "\"");
        }
        if (node instanceof Element element) {
            if (Set.of("script", "style").contains(element.getTagName())) {
                return;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Node attribute = attributes.item(i);
                boolean messageKey = element.getTagName().startsWith("k:") && attribute.getNodeName().equals("label");
                boolean address = element.getTagName().equals("h:outputLink") && attribute.getNodeName().equals("value");
                if (TEXT_ATTRIBUTES.contains(attribute.getNodeName()) && !messageKey && !address
                        && hasLetters(attribute.getNodeValue())) {
                    found.add(WEBAPP.relativize(page) + ": <" + element.getTagName() + " " + attribute.getNodeName()
                            + "=\"" + attribute.getNodeValue() + "\">");
                }
            }
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            visit(child, page, found);
        }
    }

    private static boolean hasLetters(String text) {
        return EL.matcher(text).replaceAll("").codePoints().anyMatch(Character::isLetter);
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml")).toList();
        }
    }
}
