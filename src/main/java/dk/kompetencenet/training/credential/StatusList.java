package dk.kompetencenet.training.credential;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The issuer's revocation list as a W3C Bitstring Status List (VC 2.0): {@value #SIZE} bits, the standard's smallest
 * list, one per credential at its {@code status_index}, set when the credential is revoked. The list is public and
 * tells nothing but bits; a credential's index is drawn at random among the free ones, so that neighbours say nothing
 * about each other. Encoded as the standard says: the bits in order from the first byte's highest bit, GZIP-compressed,
 * base64url without padding, with the multibase prefix {@code u}.
 */
@ApplicationScoped
@Transactional
public class StatusList {

    /** Bits in the list (16 KB): room for far more credentials than a municipality issues. */
    public static final int SIZE = 131_072;

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** The indexes credentials hold. */
    Set<Integer> taken() {
        return new HashSet<>(em.createQuery("select c.statusIndex from Credential c where c.statusIndex is not null",
                Integer.class).getResultList());
    }

    /** A free index, drawn at random, and taken into {@code taken}. */
    static int draw(Set<Integer> taken) {
        if (taken.size() >= SIZE / 2) {
            throw new IllegalStateException("The credential status list is half full; it needs a second list");
        }
        int index;
        do {
            index = RANDOM.nextInt(SIZE);
        } while (!taken.add(index));
        return index;
    }

    /** The encoded list of revoked credentials, as of now. */
    public String encoded() {
        List<Integer> revoked = em.createQuery("select c.statusIndex from Credential c where c.revokedAt is not null"
                + " and c.statusIndex is not null", Integer.class).getResultList();
        return encode(revoked);
    }

    static String encode(List<Integer> set) {
        byte[] bits = new byte[SIZE / 8];
        for (int index : set) {
            bits[index / 8] |= (byte) (0x80 >>> (index % 8));
        }
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            gzip.write(bits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
    }
}
