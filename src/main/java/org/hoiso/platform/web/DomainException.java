package org.hoiso.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal the user must understand: its text comes from the message bundles by {@link #code()},
 * never from the exception's own message, so it reads the same in the page and in the API.
 */
public class DomainException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public DomainException(HttpStatus status, String code, Object... args) {
        this(status, code, List.of(), args);
    }

    public DomainException(HttpStatus status, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(HttpStatus.NOT_FOUND, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(HttpStatus.FORBIDDEN, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(HttpStatus.CONFLICT, code, args);
    }

    public static DomainException badRequest(String code, Object... args) {
        return new DomainException(HttpStatus.BAD_REQUEST, code, args);
    }

    /** The input has errors in named fields; each gets its own message. */
    public static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(HttpStatus.UNPROCESSABLE_CONTENT, "error.validation", problems);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
