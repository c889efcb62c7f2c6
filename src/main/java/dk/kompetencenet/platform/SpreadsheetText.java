package dk.kompetencenet.platform;

/**
 * A text cell as a spreadsheet will not run it: a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab or a carriage return is read as a formula by Excel, LibreOffice and Google Sheets (CSV injection, OWASP), so it
 * gets a leading {@code '}, which they show as text. The one rule for every export Kompetencenet writes.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }
}
