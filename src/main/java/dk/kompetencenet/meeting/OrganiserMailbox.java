package dk.kompetencenet.meeting;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.meeting.calendar.Person;

/**
 * The Kompetencenet mailbox that invitations name as ORGANIZER ({@code kompetencenet.mail.organiser}, environment
 * {@code KOMPETENCENET_MAIL_ORGANISER}), so that calendar programs send their answers there and
 * {@code meeting/replies} reads them back. CN stays the organising person's name. Unset, invitations name the
 * organising person's own address, as before, and answers given in calendar programs reach only that person.
 */
@ApplicationScoped
public class OrganiserMailbox {

    @Inject
    @ConfigProperty(name = "kompetencenet.mail.organiser")
    private Optional<String> address;

    public Optional<String> address() {
        return address.map(String::trim).filter(a -> !a.isEmpty());
    }

    /** The organiser as invitations name them: the person's name at the mailbox, or the person as they are. */
    Person organiser(Person person) {
        return person == null ? null : address().map(person::at).orElse(person);
    }
}
