package dk.kompetencenet.start;

import static dk.kompetencenet.platform.security.Role.ADMIN;
import static dk.kompetencenet.platform.security.Role.COORDINATOR;
import static dk.kompetencenet.platform.security.Role.LEADER;
import static dk.kompetencenet.platform.security.Role.SUPERVISOR;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The main menu, grouped by what people do, and the one place that says which role may open which of its pages. Each
 * item's roles are those its page's services let in (see the service named beside it); a role sees only what it can
 * open. Deep pages get their breadcrumb from here ({@link #DEEP}).
 */
@Named
@RequestScoped
public class Menu {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    /** Those who read institutions' people and figures: RatingGrid, TrainingService, ParticipationReport. */
    private static final Set<Role> STAFF_READERS = EnumSet.of(ADMIN, COORDINATOR, LEADER, SUPERVISOR);
    /** Those who maintain staff and read the institution's figures: EmployeeService, StaffImport, RoundService.all. */
    private static final Set<Role> MAINTAINERS = EnumSet.of(ADMIN, COORDINATOR, LEADER);
    /** The municipality-wide roles: Erasure. */
    private static final Set<Role> MUNICIPALITY = EnumSet.of(ADMIN, COORDINATOR);
    /** web.xml's /admin/* constraint. */
    private static final Set<Role> ADMINS = EnumSet.of(ADMIN);

    /**
     * One link: its text's message key, where it leads, who may open it; {@code ownRecord}: only those whose account
     * belongs to an employee (the page is about oneself, as FeedService.me requires).
     */
    public record Item(String label, String outcome, Set<Role> roles, boolean ownRecord) {

        Item(String label, String outcome, Set<Role> roles) {
            this(label, outcome, roles, false);
        }

        boolean opensFor(Set<Role> callerRoles, boolean hasOwnRecord) {
            return (hasOwnRecord || !ownRecord) && roles.stream().anyMatch(callerRoles::contains);
        }
    }

    /** A top-level entry: its label's message key and its links. */
    public record Group(String label, List<Item> items) {

        /** A group with one link is shown as that link. */
        public boolean isSingle() {
            return items.size() == 1;
        }
    }

    static final List<Group> ALL = List.of(
            new Group("nav.start", List.of(new Item("nav.start", "/index", EVERYONE))),
            new Group("nav.group.meetings", List.of(
                    new Item("nav.calendar", "/meeting/calendar", EVERYONE, true),
                    new Item("nav.notifications", "/account/notifications", EVERYONE, true),
                    new Item("nav.networks", "/meeting/networks", EVERYONE),
                    new Item("nav.polls", "/meeting/polls", EVERYONE),
                    new Item("nav.participation", "/meeting/participation", STAFF_READERS))),
            new Group("nav.group.competences", List.of(
                    new Item("nav.competences", "/competence/frameworks", EVERYONE),
                    new Item("nav.grid", "/competence/grid", STAFF_READERS),
                    new Item("nav.rounds", "/competence/rounds", MAINTAINERS),
                    new Item("nav.experiments", "/practice/experiments", EVERYONE))),
            new Group("nav.group.training", List.of(
                    new Item("nav.training", "/training/programmes", STAFF_READERS),
                    new Item("nav.coverage", "/training/coverage", STAFF_READERS))),
            new Group("nav.group.organisation", List.of(
                    new Item("nav.institutions", "/organisation/institutions", STAFF_READERS),
                    new Item("nav.employees", "/organisation/employees", STAFF_READERS),
                    new Item("nav.import", "/organisation/import", MAINTAINERS),
                    new Item("nav.equipment", "/practice/equipment", MAINTAINERS))),
            new Group("nav.group.overview", List.of(
                    new Item("nav.strategy", "/strategy/strategy", EVERYONE),
                    new Item("nav.overview", "/overview/index", MAINTAINERS),
                    new Item("nav.gaps", "/competence/gaps", MAINTAINERS))),
            new Group("nav.group.admin", List.of(
                    new Item("nav.accounts", "/admin/accounts", ADMINS),
                    new Item("nav.backups", "/admin/backups", ADMINS),
                    new Item("nav.audit", "/admin/audit", ADMINS),
                    new Item("nav.erasures", "/privacy/erasures", MUNICIPALITY))));

    /** Deep pages, each with the list page in the menu that it is reached from. */
    static final Map<String, String> DEEP = Map.ofEntries(
            Map.entry("/organisation/employee.xhtml", "/organisation/employees"),
            Map.entry("/organisation/institution.xhtml", "/organisation/institutions"),
            Map.entry("/meeting/network.xhtml", "/meeting/networks"),
            Map.entry("/meeting/network-edit.xhtml", "/meeting/networks"),
            Map.entry("/meeting/meeting.xhtml", "/meeting/calendar"),
            Map.entry("/meeting/occurrence.xhtml", "/meeting/calendar"),
            Map.entry("/meeting/edit.xhtml", "/meeting/calendar"),
            Map.entry("/meeting/poll.xhtml", "/meeting/polls"),
            Map.entry("/meeting/poll-new.xhtml", "/meeting/polls"),
            Map.entry("/competence/framework-edit.xhtml", "/competence/frameworks"),
            Map.entry("/competence/round.xhtml", "/competence/rounds"),
            Map.entry("/training/programme.xhtml", "/training/programmes"),
            Map.entry("/practice/experiment.xhtml", "/practice/experiments"),
            Map.entry("/practice/equipment-need.xhtml", "/practice/equipment"),
            Map.entry("/admin/account.xhtml", "/admin/accounts"));

    @Inject
    private Caller caller;

    private List<Group> groups;

    /** The groups the caller sees, each with only the links the caller may open; empty groups left out. */
    public List<Group> getGroups() {
        if (groups == null) {
            groups = visibleTo(caller.roles(), caller.employeeId().isPresent());
        }
        return groups;
    }

    static List<Group> visibleTo(Set<Role> roles, boolean hasOwnRecord) {
        return ALL.stream()
                .map(group -> new Group(group.label(), group.items().stream()
                        .filter(item -> item.opensFor(roles, hasOwnRecord)).toList()))
                .filter(group -> !group.items().isEmpty())
                .toList();
    }

    /** A deep page's breadcrumb: the group and list page it is reached from, and whether the caller may open that. */
    public record Crumb(Group group, Item list, boolean linked) {
    }

    /** The breadcrumb of the page being shown, if it is a deep page. */
    public Crumb getCrumb() {
        FacesContext faces = FacesContext.getCurrentInstance();
        String list = faces == null || faces.getViewRoot() == null ? null : DEEP.get(faces.getViewRoot().getViewId());
        return list == null ? null : find(list)
                .map(found -> new Crumb(found.group, found.item, opens(found.item)))
                .orElseThrow(() -> new IllegalStateException("no menu item " + list));
    }

    private boolean opens(Item list) {
        return getGroups().stream().anyMatch(group -> group.items().contains(list));
    }

    private record Found(Group group, Item item) {
    }

    private static Optional<Found> find(String outcome) {
        return ALL.stream().flatMap(group -> group.items().stream()
                .filter(item -> item.outcome().equals(outcome)).map(item -> new Found(group, item))).findFirst();
    }
}
