package org.hoiso.platform.web;

import java.util.List;

/**
 * A refusal the user must understand: its text comes from the message bundles by {@link #code()},
 * never from the exception's own message, so it reads the same in the page and in the API. Its
 * {@link Kind} says what sort of refusal it is; only the web handlers turn a kind into an HTTP status.
 */
public class DomainException extends RuntimeException {

    /** What sort of refusal: the domain's words, not HTTP's (the web edge maps them, see {@code RefusalStatus}). */
    public enum Kind {
        /** The thing asked for does not exist, or not for this caller. */
        NOT_FOUND,
        /** The caller may not do this. */
        FORBIDDEN,
        /** The thing is not in a state that allows this (changed meanwhile, locked, a duplicate). */
        CONFLICT,
        /** The input (named fields, or a file's content) breaks the rules. */
        INVALID,
        /** The request itself cannot be taken (a bad parameter, a rule that refuses it as asked). */
        REFUSED,
        /** Too many attempts in a short time; try again later. */
        TOO_MANY
    }

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    public DomainException(Kind kind, String code, Object... args) {
        this(kind, code, List.of(), args);
    }

    public DomainException(Kind kind, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args;
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    public static DomainException notFound(String code, Object... args) {
        return new DomainException(Kind.NOT_FOUND, code, args);
    }

    public static DomainException forbidden(String code, Object... args) {
        return new DomainException(Kind.FORBIDDEN, code, args);
    }

    public static DomainException conflict(String code, Object... args) {
        return new DomainException(Kind.CONFLICT, code, args);
    }

    public static DomainException badRequest(String code, Object... args) {
        return new DomainException(Kind.REFUSED, code, args);
    }

    /** The input has errors in named fields; each gets its own message. */
    public static DomainException invalid(List<FieldProblem> problems) {
        return new DomainException(Kind.INVALID, "error.validation", problems);
    }

    /** Too many attempts from the same place; the message says to wait. */
    public static DomainException tooMany(String code, Object... args) {
        return new DomainException(Kind.TOO_MANY, code, args);
    }

    public Kind kind() {
        return kind;
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
