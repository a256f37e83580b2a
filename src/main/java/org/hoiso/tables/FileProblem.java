package org.hoiso.tables;

import org.hoiso.platform.web.DomainException;

/**
 * The file cannot be read as a table at all (not a spreadsheet, truncated, mixed delimiters, …). Its
 * code is a message key in {@code i18n/tables*.properties}; the arguments name the place (a line,
 * a row, a cell) so that the officer can find and fix it.
 */
public class FileProblem extends DomainException {

    public FileProblem(String code, Object... args) {
        super(Kind.INVALID, code, args);
    }
}
