package org.hoiso.platform.web;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One field's problem: the field name, a message code from the bundles and its arguments. */
public record FieldProblem(String field, String code,
        @ArraySchema(schema = @Schema(description = "an argument of the message: a text or a number", oneOf = {
                String.class, Number.class})) List<Object> args){

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
