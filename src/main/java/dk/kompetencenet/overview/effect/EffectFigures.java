package dk.kompetencenet.overview.effect;

import java.text.NumberFormat;
import java.util.Locale;

/** How the effect's averages and changes are written, on the page and in the report: two decimals, "–" for none. */
public final class EffectFigures {

    private EffectFigures() {
    }

    public static String figure(Double value, boolean signed, Locale locale) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return (signed && value > 0 ? "+" : "") + format.format(value);
    }
}
