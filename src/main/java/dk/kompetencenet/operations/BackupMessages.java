package dk.kompetencenet.operations;

import java.util.Locale;

import dk.kompetencenet.platform.i18n.Texts;

/** What a backup's outcome and size read as, on the page and in the API. */
public final class BackupMessages {

    private BackupMessages() {
    }

    /** E.g. "Sikkerhedskopien 2026-12-05T184512 er taget: databasen og 3 filer, 6,2 MB i alt, på 1,4 s." */
    public static String taken(Locale locale, Backup backup) {
        Locale language = Texts.supported(locale);
        String seconds = String.format(language, "%.1f", backup.durationMillis() / 1000.0);
        String size = size(backup.bytes(), language);
        return backup.databaseIncluded()
                ? Texts.get(language, "backups.taken", backup.name(), backup.files(), size, seconds)
                : Texts.get(language, "backups.takenFilesOnly", backup.name(), backup.files(), size, seconds,
                        String.valueOf(backup.database()));
    }

    /** Bytes in kB, MB or GB (decimal units) with one decimal, written the locale's way. */
    public static String size(long bytes, Locale locale) {
        Locale language = Texts.supported(locale);
        if (bytes < 1_000_000) {
            return String.format(language, "%.1f kB", bytes / 1e3);
        }
        if (bytes < 1_000_000_000) {
            return String.format(language, "%.1f MB", bytes / 1e6);
        }
        return String.format(language, "%.1f GB", bytes / 1e9);
    }
}
