package org.hoiso.reporting.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * One thing wrong in an exchange file, told so that the sender can find it: where (a CSV line, a sheet
 * row, the 1-based index of an ADX group or dataValue, of a JSON report or value), which field, and a
 * message code of {@code i18n/reportexchange} (a file the table layer cannot open at all keeps its
 * {@code intake.file.*} code, resolved by {@code i18n/tables}).
 *
 * @param row   where, 0 when the problem concerns the whole file
 * @param field the field as the file names it ({@code orgUnit}, {@code mã đơn vị}, {@code reports[2].period}); null for the whole file
 * @param code  the message code
 * @param args  the message's own arguments; see {@link #messageArgs()}
 */
public record ExchangeProblem(long row, String field, String code, List<Object> args) {

    public ExchangeProblem {
        args = List.copyOf(args);
    }

    public static ExchangeProblem of(long row, String field, String code, Object... args) {
        return new ExchangeProblem(row, field, code, List.of(args));
    }

    /**
     * The arguments the message is formatted with. For an {@code exchange.*} code: {@code {0}} the row,
     * {@code {1}} the field, then {@link #args()} from {@code {2}} on, so that every message can name the
     * place the same way; an {@code intake.file.*} code keeps the file layer's own arguments.
     */
    public Object[] messageArgs() {
        if (!code.startsWith("exchange.")) {
            return args.toArray();
        }
        List<Object> all = new ArrayList<>(args.size() + 2);
        all.add(row);
        all.add(field == null ? "" : field);
        all.addAll(args);
        return all.toArray();
    }
}
