package org.hoiso.platform.web;

import java.util.List;

/** One field's problem: the field name, a message code from the bundles and its arguments. */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
