package dk.kompetencenet.platform;

import java.util.List;

/**
 * Input refused as a whole, with every problem found (a line of a file, a field of a form). Nothing was saved.
 */
public class InvalidInputException extends DomainException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super("error.invalidInput", problems.size());
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    /**
     * One problem: where (a line number, a field name, or both may be absent) and what, as a message key with
     * arguments.
     */
    public record Problem(Integer line, String field, String key, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public static Problem atLine(int line, String key, Object... arguments) {
            return new Problem(line, null, key, List.of(arguments));
        }

        public static Problem inField(String field, String key, Object... arguments) {
            return new Problem(null, field, key, List.of(arguments));
        }
    }
}
