package dk.kompetencenet.security.web;

/** Where a login may continue to: a page of Kompetencenet, never another site (no open redirect). */
public final class LoginTargets {

    private LoginTargets() {
    }

    public static String safe(String target) {
        if (target == null || !target.startsWith("/") || target.startsWith("//") || target.contains("\\")
                || target.startsWith("/login.xhtml")) {
            return "/";
        }
        return target;
    }
}
