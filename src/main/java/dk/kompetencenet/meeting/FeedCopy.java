package dk.kompetencenet.meeting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;

import dk.kompetencenet.meeting.FeedToken.OwnerType;

/**
 * A calendar feed as rendered once for one day: its bytes, their strong ETag (a hash of the bytes, quoted as in the
 * header) and when they were made (to the second, as HTTP dates go), and what they were made from (whose feed, which meetings, whose names), so that a change can tell whether it
 * makes this copy stale.
 *
 * @param day        the Copenhagen date the feed's window was computed for; the copy is not served on another day
 * @param meetingIds the meetings written, sorted
 * @param personIds  the people whose names or addresses the feed shows (the organisers), sorted
 */
public record FeedCopy(byte[] bytes, String etag, Instant lastModified, LocalDate day, OwnerType ownerType,
                       Long ownerId, long[] meetingIds, long[] personIds) {

    /** Bytes over this much per meeting, for the cache's memory budget: the ids and the record around them. */
    private static final int OVERHEAD = 256;

    static FeedCopy of(String calendar, Instant now, LocalDate day, OwnerType ownerType, Long ownerId,
                       Collection<Long> meetingIds, Collection<Long> personIds) {
        byte[] bytes = calendar.getBytes(StandardCharsets.UTF_8);
        return new FeedCopy(bytes, etagOf(bytes), now.truncatedTo(ChronoUnit.SECONDS), day, ownerType, ownerId,
                sorted(meetingIds), sorted(personIds));
    }

    /** The same bytes, marked as made earlier (they did not change, so a client's If-Modified-Since still holds). */
    FeedCopy madeAt(Instant earlier) {
        return new FeedCopy(bytes, etag, earlier, day, ownerType, ownerId, meetingIds, personIds);
    }

    /**
     * Whether a client's copy is still this one (RFC 9110 conditional GET): If-None-Match, when sent, decides alone
     * (weak comparison: an entity tag in its list, or {@code *}); else If-Modified-Since (epoch milliseconds, -1 when
     * absent or not a date) at or after {@link #lastModified()}.
     */
    public boolean unchangedFor(String ifNoneMatch, long ifModifiedSince) {
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.trim();
                if (candidate.startsWith("W/")) {
                    candidate = candidate.substring(2);
                }
                if (candidate.equals("*") || candidate.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        return ifModifiedSince >= 0 && lastModified.toEpochMilli() <= ifModifiedSince;
    }

    boolean holdsMeeting(long meetingId) {
        return Arrays.binarySearch(meetingIds, meetingId) >= 0;
    }

    boolean namesPerson(long personId) {
        return Arrays.binarySearch(personIds, personId) >= 0;
    }

    /** What the copy costs in memory, roughly. */
    long weight() {
        return bytes.length + OVERHEAD + 8L * (meetingIds.length + personIds.length);
    }

    private static long[] sorted(Collection<Long> ids) {
        return ids.stream().mapToLong(Long::longValue).sorted().distinct().toArray();
    }

    private static String etagOf(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
