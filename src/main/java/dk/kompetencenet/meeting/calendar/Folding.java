package dk.kompetencenet.meeting.calendar;

/**
 * Content lines folded as RFC 5545 section 3.1 asks: no line longer than 75 octets of UTF-8, and never inside a
 * character. iCal4j folds at 75 characters, so a Danish summary (æ, ø and å are two octets each) gave lines of 81
 * octets, which strict readers and some mail gateways break. {@link #refold} undoes iCal4j's folding and folds again.
 */
final class Folding {

    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";

    private Folding() {
    }

    /** The same calendar, every content line folded at 75 octets. */
    static String refold(String calendar) {
        StringBuilder out = new StringBuilder(calendar.length() + calendar.length() / 64 * 3);
        for (String line : unfolded(calendar).split(CRLF)) {
            fold(line, out);
        }
        return out.toString();
    }

    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "").replace("\r\n\t", "");
    }

    private static void fold(String line, StringBuilder out) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += chars;
        }
        out.append(CRLF);
    }

    private static int utf8Octets(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
