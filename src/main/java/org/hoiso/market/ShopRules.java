package org.hoiso.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.hoiso.market.vietqr.BankList;
import org.hoiso.market.vietqr.VietQr;
import org.hoiso.platform.text.PhoneNumber;
import org.hoiso.platform.web.FieldProblem;

/**
 * What a shop must be before anything is written: a kind and a name, a story without HTML, a Vietnamese mobile
 * number, a BIN of six digits present in the bank list (not "starts with 9704"), an account or card number of 1–19
 * letters and digits without spaces, the holder's name in capitals without diacritics (typed with them, they are
 * dropped: "Nguyễn Thị Lan" → "NGUYEN THI LAN"), at least one delivery area or pickup point, at most five pickup
 * points. Every problem is named at once.
 */
final class ShopRules {

    static final int MAX_PICKUPS = 5;
    static final int MAX_AREAS = 20;

    private ShopRules() {
    }

    /** The shop as it will be stored, and every problem with it (empty when it may be written). */
    record Checked(ShopInput shop, List<FieldProblem> problems) {
    }

    static Checked check(ShopInput in, Predicate<String> knownBin) {
        List<FieldProblem> problems = new ArrayList<>();
        if (in.kind() == null) {
            problems.add(FieldProblem.of("kind", "error.field.required"));
        }
        String name = MarketText.line(in.name());
        if (name == null || name.length() > 120) {
            problems.add(FieldProblem.of("name", "market.shop.nameInvalid", 120));
        }
        String story = MarketText.block(in.story());
        if (story != null && story.length() > 5000) {
            problems.add(FieldProblem.of("story", "market.text.tooLong", 5000));
        } else if (MarketText.hasMarkup(story)) {
            problems.add(FieldProblem.of("story", "market.text.markup"));
        }
        String phone = PhoneNumber.normalise(in.phone()).orElse(null);
        if (phone == null) {
            problems.add(FieldProblem.of("phone", "market.shop.phoneInvalid"));
        }
        String bin = in.bankBin() == null ? "" : in.bankBin().strip();
        if (!BankList.isBinFormat(bin)) {
            problems.add(FieldProblem.of("bankBin", "market.bank.binFormat"));
        } else if (!knownBin.test(bin)) {
            problems.add(FieldProblem.of("bankBin", "market.bank.unknown", bin));
        }
        String account = in.bankAccount() == null ? "" : in.bankAccount().strip();
        if (account.isEmpty()) {
            problems.add(FieldProblem.of("bankAccount", "error.field.required"));
        } else if (account.chars().anyMatch(Character::isWhitespace)) {
            problems.add(FieldProblem.of("bankAccount", "market.bank.accountSpaces"));
        } else if (!account.matches("[A-Za-z0-9]{1,19}")) {
            problems.add(FieldProblem.of("bankAccount", "market.bank.accountFormat"));
        }
        String folded = VietQr.asciiText(MarketText.line(in.accountHolder()));
        String holder = folded == null ? null : folded.toUpperCase(Locale.ROOT);
        if (holder == null || !holder.matches("[A-Z][A-Z ]{0,59}")) {
            problems.add(FieldProblem.of("accountHolder", "market.bank.holder"));
        }
        if (in.service() == null) {
            problems.add(FieldProblem.of("service", "error.field.required"));
        }
        List<String> pickups = new ArrayList<>(new LinkedHashSet<>(in.pickups().stream().map(MarketText::line)
                .filter(p -> p != null).toList()));
        if (pickups.size() > MAX_PICKUPS || pickups.stream().anyMatch(p -> p.length() > 200)) {
            problems.add(FieldProblem.of("pickups", "market.shop.pickupsInvalid", MAX_PICKUPS));
        }
        List<Long> areas = List.copyOf(new LinkedHashSet<>(in.areaUnitIds()));
        if (areas.size() > MAX_AREAS) {
            problems.add(FieldProblem.of("areas", "market.shop.areas.tooMany", MAX_AREAS));
        } else if (areas.isEmpty() && pickups.isEmpty()) {
            problems.add(FieldProblem.of("areas", "market.shop.areas.none"));
        }
        ShopInput cleaned = new ShopInput(in.kind(), name, story, phone, bin, account, holder, in.service(), areas, pickups);
        return new Checked(cleaned, List.copyOf(problems));
    }
}
