package org.firebreak.core.scenario;

import java.util.List;
import java.util.Objects;

/**
 * A scenario file could not be read or is invalid. It carries every problem found, so a
 * modeller can fix them all in one pass rather than one per run.
 */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The file name or label the text came from. */
    private final String file;
    /** Every problem found, at least one. */
    private final List<ScenarioProblem> problems;

    /**
     * @param file the file name or label the text came from
     * @param problems what is wrong; at least one
     */
    public ScenarioException(String file, List<ScenarioProblem> problems) {
        super(message(file, problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /**
     * @param problem the single thing wrong
     * @return an exception carrying that problem
     */
    public static ScenarioException of(ScenarioProblem problem) {
        return new ScenarioException(problem.file(), List.of(problem));
    }

    private static String message(String file, List<ScenarioProblem> problems) {
        Objects.requireNonNull(file, "file");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        StringBuilder sb = new StringBuilder("invalid scenario ").append(file).append(": ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (ScenarioProblem p : problems) {
            sb.append('\n').append("  - ").append(p);
        }
        return sb.toString();
    }

    /** @return the file name or label the text came from */
    public String file() {
        return file;
    }

    /** @return every problem, in file order of discovery */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
