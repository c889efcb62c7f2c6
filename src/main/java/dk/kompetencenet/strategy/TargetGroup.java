package dk.kompetencenet.strategy;

import java.util.Locale;

/** Whom an initiative is for. */
public enum TargetGroup {
    CHILDREN, PARENTS, STAFF, LEADERS;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TargetGroup fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    public String labelKey() {
        return "targetGroup." + name();
    }
}
