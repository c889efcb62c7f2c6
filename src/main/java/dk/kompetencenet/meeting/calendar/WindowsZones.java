package dk.kompetencenet.meeting.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Windows time-zone names (Outlook's and Exchange's {@code TZID=W. Europe Standard Time}) as IANA zones, from the
 * table {@code calendar/windows-zones.properties} (Unicode CLDR's windowsZones mapping). Used only for a TZID the file
 * does not describe in a VTIMEZONE of its own.
 */
final class WindowsZones {

    private static final Properties ZONES = load();
    private static final Pattern TZID = Pattern.compile("(;TZID=)(\"[^\"]*\"|[^;:]*)", Pattern.CASE_INSENSITIVE);

    private WindowsZones() {
    }

    /** The IANA zone a Windows name stands for, if the table has it. */
    static Optional<String> iana(String windowsName) {
        return Optional.ofNullable(ZONES.getProperty(windowsName.strip()));
    }

    /** The line with a Windows TZID parameter that the file does not define replaced by its IANA zone. */
    static String withIanaZone(String line, java.util.Set<String> defined) {
        Matcher m = TZID.matcher(line);
        if (!m.find()) {
            return line;
        }
        String tzid = m.group(2).replace("\"", "").strip();
        if (defined.contains(tzid)) {
            return line;
        }
        return iana(tzid).map(zone -> line.substring(0, m.start()) + m.group(1) + zone + line.substring(m.end()))
                .orElse(line);
    }

    private static Properties load() {
        Properties zones = new Properties();
        try (InputStream in = WindowsZones.class.getResourceAsStream("/calendar/windows-zones.properties")) {
            zones.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return zones;
    }
}
