package dk.kompetencenet.platform;

import java.util.regex.Pattern;

/**
 * The one rule for text written into a spreadsheet cell (CSV and XLSX exports alike): text that a spreadsheet would
 * run as a formula, one beginning with {@code = + - @}, a tab or a carriage return, gets an apostrophe in front, so it
 * shows as the text it is (OWASP's advice on CSV injection). A plain number such as {@code -3} or {@code -2,5} stays as
 * it is: it is no formula.
 */
public final class CellText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?%?");

    private CellText() {
    }

    public static String safe(String text) {
        if (text == null || text.isEmpty() || "=+-@\t\r".indexOf(text.charAt(0)) < 0
                || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }
}
