package org.hoiso.safety;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;

/**
 * The public form as it was typed, kept to show it again after a refusal (nothing she typed is lost), and turned
 * into a {@link ReportInput}: the date as dd/MM/yyyy, the money with or without thousands separators ("2.000.000 đ").
 */
record ReportForm(String kind, String channel, String happenedOn, Long provinceId, Long communeId, String place,
        String phones, String links, String bankBin, String bankAccount, String vietQr, String moneyLost, String description,
        String people, String contact, Boolean counselling, Boolean police, Boolean health, Boolean legal,
        Boolean statistics, Boolean anonymous) {

    static ReportForm empty(Long provinceId, Long communeId, String kind) {
        return new ReportForm(kind, null, null, provinceId, communeId, null, null, null, null, null, null, null, null, null, null,
                false, false, false, false, true, false);
    }

    /** The input, or the refusal naming every field that cannot even be read. */
    ReportInput input(List<ReportInput.Upload> screenshots) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseKind k = parse(CaseKind.class, kind);
        if (kind != null && !kind.isBlank() && k == null) {
            problems.add(FieldProblem.of("kind", "safety.report.kind.required"));
        }
        Channel c = parse(Channel.class, channel);
        var date = happenedOn == null || happenedOn.isBlank() ? Optional.<LocalDate>empty() : DateInput.parse(happenedOn);
        if (happenedOn != null && !happenedOn.isBlank() && date.isEmpty()) {
            problems.add(FieldProblem.of("happenedOn", "safety.report.date.invalid"));
        }
        Long money = null;
        if (moneyLost != null && !moneyLost.isBlank()) {
            String digits = moneyLost.replaceAll("[\\s.,đ₫dD]", "");
            if (digits.matches("[0-9]{1,13}")) {
                money = Long.parseLong(digits);
            } else {
                problems.add(FieldProblem.of("moneyLost", "safety.report.money.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        return new ReportInput(k, c, date.orElse(null), communeId, place, phones, links, bankBin, bankAccount, vietQr, money,
                description, people, contact, new ReportInput.Consents(yes(counselling), yes(police), yes(health), yes(legal),
                        yes(statistics)),
                yes(anonymous), screenshots);
    }

    /** A ticked box (an unticked one is not sent at all). */
    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
