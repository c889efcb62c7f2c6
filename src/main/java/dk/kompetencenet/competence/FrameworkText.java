package dk.kompetencenet.competence;


/** The lengths of a framework's texts (its columns); the rule every text passes is {@link dk.kompetencenet.platform.Text}. */
final class FrameworkText {

    static final int CODE = 10;
    static final int NAME = 300;
    static final int LEVEL_NAME = 100;
    static final int VERSION_LABEL = 40;
    static final int STEM = 500;
    static final int COMPETENCE_DESCRIPTION = 2000;
    static final int FRAMEWORK_DESCRIPTION = 4000;

    private FrameworkText() {
    }
}
