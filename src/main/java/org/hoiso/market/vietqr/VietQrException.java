package org.hoiso.market.vietqr;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A payment that cannot be written as a VietQR code, or a bank list that cannot be read: the problems
 * are message codes ({@link VietQrProblem#code()}) with their arguments, never a text for the user.
 */
public class VietQrException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<VietQrProblem> problems;
    private final transient Object[] args;

    public VietQrException(List<VietQrProblem> problems, Object... args) {
        super(problems.stream().map(VietQrProblem::code).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A VietQrException has at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.args = args.clone();
    }

    /** Every problem found, in the order of the payment's fields. */
    public List<VietQrProblem> problems() {
        return problems;
    }

    /** The arguments of the messages (the line number of a bank list's bad line). */
    public Object[] args() {
        return args.clone();
    }
}
