package org.hoiso.reporting.exchange;

import java.util.ArrayList;
import java.util.List;

/** Collects a reader's problems up to the cap and counts the rest. */
final class Problems {

    private final List<ExchangeProblem> list = new ArrayList<>();
    private long more;

    void add(long row, String field, String code, Object... args) {
        if (list.size() < ExchangeFormatException.MAX_PROBLEMS) {
            list.add(ExchangeProblem.of(row, field, code, args));
        } else {
            more++;
        }
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    /** Throws when anything was found. */
    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new ExchangeFormatException(list, more);
        }
    }

    /** Adds one more and throws: for a problem after which nothing further can be read. */
    ExchangeFormatException fatal(long row, String field, String code, Object... args) {
        add(row, field, code, args);
        return new ExchangeFormatException(list, more);
    }
}
