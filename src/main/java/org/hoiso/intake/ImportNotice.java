package org.hoiso.intake;

import java.util.List;

/**
 * Something reading a file noticed that is no problem of a member row (the footer under the table skipped):
 * a message code of the intake bundle and its arguments.
 */
public record ImportNotice(String code, List<String> args) {

    public ImportNotice {
        args = List.copyOf(args);
    }
}
