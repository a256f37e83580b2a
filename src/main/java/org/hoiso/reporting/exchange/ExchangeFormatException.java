package org.hoiso.reporting.exchange;

import java.util.List;
import org.hoiso.platform.web.DomainException;

/**
 * An exchange file that cannot be taken as it is. Its own message ({@code exchange.invalid}) counts the
 * problems; {@link #problems()} lists them, at most {@link #MAX_PROBLEMS}, and {@link #more()} says how
 * many more were found, so that a file wrong on every line does not fill the memory or the page.
 */
public class ExchangeFormatException extends DomainException {

    /** The most problems one exception carries. */
    public static final int MAX_PROBLEMS = 1_000;

    private final transient List<ExchangeProblem> problems;
    private final long more;

    public ExchangeFormatException(List<ExchangeProblem> problems, long more) {
        super(Kind.INVALID, "exchange.invalid", problems.size() + more);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an exchange format exception needs a problem");
        }
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        this.more = more + problems.size() - this.problems.size();
    }

    public ExchangeFormatException(ExchangeProblem problem) {
        this(List.of(problem), 0);
    }

    /** The problems found, in file order, at most {@link #MAX_PROBLEMS}. */
    public List<ExchangeProblem> problems() {
        return problems;
    }

    /** How many problems were found beyond {@link #problems()}. */
    public long more() {
        return more;
    }
}
