package dk.kompetencenet.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.meeting.FeedToken.OwnerType;

class FeedCopyTest {

    private static final Instant MADE = Instant.parse("2026-12-05T10:15:30.750Z");

    private static FeedCopy copy(String calendar) {
        return FeedCopy.of(calendar, MADE, LocalDate.of(2026, 12, 5), OwnerType.PERSON, 7L, List.of(3L, 1L),
                List.of(9L));
    }

    @Test
    void theEtagIsAQuotedHashOfTheBytesAndTheTimeIsToTheSecond() {
        assertEquals(copy("BEGIN:VCALENDAR").etag(), copy("BEGIN:VCALENDAR").etag());
        assertNotEquals(copy("BEGIN:VCALENDAR").etag(), copy("BEGIN:VCALENDAR ").etag());
        assertTrue(copy("x").etag().matches("\"[A-Za-z0-9_-]{24}\""), copy("x").etag());
        assertEquals(Instant.parse("2026-12-05T10:15:30Z"), copy("x").lastModified());
    }

    @Test
    void ifNoneMatchDecidesAloneWithWeakComparisonListsAndStar() {
        FeedCopy copy = copy("x");
        assertTrue(copy.unchangedFor(copy.etag(), -1));
        assertTrue(copy.unchangedFor("\"other\", W/" + copy.etag(), -1));
        assertTrue(copy.unchangedFor("*", -1));
        assertFalse(copy.unchangedFor("\"other\"", Long.MAX_VALUE), "If-Modified-Since is ignored beside it");
        assertFalse(copy.unchangedFor(null, -1));
    }

    @Test
    void ifModifiedSinceHoldsFromTheSecondTheCopyWasMade() {
        FeedCopy copy = copy("x");
        assertTrue(copy.unchangedFor(null, Instant.parse("2026-12-05T10:15:30Z").toEpochMilli()));
        assertFalse(copy.unchangedFor(null, Instant.parse("2026-12-05T10:15:29Z").toEpochMilli()));
    }

    @Test
    void aChangeMakesStaleOnlyTheCopiesThatShowIt() {
        FeedCopy copy = copy("x");
        FeedChange.Builder change = new FeedChange.Builder();
        assertFalse(change.meeting(2L).person(8L).network(7L).name(10L).build().makesStale("t", copy));
        assertTrue(new FeedChange.Builder().meeting(3L).build().makesStale("t", copy));
        assertTrue(new FeedChange.Builder().person(7L).build().makesStale("t", copy));
        assertTrue(new FeedChange.Builder().name(9L).build().makesStale("t", copy));
        assertTrue(new FeedChange.Builder().token("t").build().makesStale("t", copy));
        assertTrue(FeedChange.ofEverything().makesStale("t", copy));
    }
}
