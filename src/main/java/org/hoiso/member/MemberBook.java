package org.hoiso.member;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.orgunit.Subtree;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member book (sổ hội viên, danh sách hội viên) of a branch or a commune: its active members, numbered,
 * with year of birth, address and joining date, as it is printed and signed. Reading it is a read of
 * personal data: audited with the ids shown.
 */
@Service
public class MemberBook {

    /** The most members one book prints (a large commune has a few thousand). */
    public static final int MAX_MEMBERS = 20_000;

    /** One numbered line of the book. */
    public record Line(int no, long memberId, String fullName, Integer birthYear, String address, LocalDate joinedOn,
            String unitName) {
    }

    /** A section of the book: the members of one unit (the book's own unit, or a branch under it). */
    public record Section(String unitName, List<Line> lines) {
    }

    /**
     * A printed book.
     *
     * @param parentName the unit above (printed in the heading), or null
     * @param sections   one per unit that has members, the book's own unit first
     */
    public record Book(OrgUnit unit, String parentName, List<Section> sections, int total, OffsetDateTime printedAt) {

        /** The date the book is printed, in Viet Nam. */
        public LocalDate printedOn() {
            return printedAt.atZoneSameInstant(VietnameseText.ZONE).toLocalDate();
        }

        /** Whether it lists members of more than one unit (then each unit is a section). */
        public boolean sectioned() {
            return sections.size() > 1 || (sections.size() == 1 && !sections.get(0).unitName().equals(unit.name()));
        }
    }

    private final MemberBookRepository book;
    private final OrgUnits units;
    private final MemberRegistry registry;
    private final Audit audit;
    private final Clock clock;

    MemberBook(MemberBookRepository book, OrgUnits units, MemberRegistry registry, Audit audit, Clock clock) {
        this.book = book;
        this.units = units;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The book of a unit the caller may read: a branch, a group, a commune or an agency union (a province's
     * members are printed commune by commune). Audited with the ids of the members it shows.
     */
    @Transactional
    public Book of(Caller caller, long unitId, String purpose) {
        Subtree scope = units.readable(caller, unitId);
        OrgUnit unit = units.get(scope.unitId());
        if (!MemberRegistry.MEMBER_LEVELS.contains(unit.levelCode())) {
            throw DomainException.badRequest("member.book.level", unit.name());
        }
        if (registry.counts(scope).active() > MAX_MEMBERS) {
            throw DomainException.badRequest("member.book.tooLarge", unit.name(), String.valueOf(MAX_MEMBERS));
        }
        List<MemberBookRepository.Row> rows = book.activeMembers(scope.path(), unit.id(), MAX_MEMBERS);
        List<Section> sections = new ArrayList<>();
        List<Line> current = null;
        long currentUnit = -1;
        int no = 0;
        for (MemberBookRepository.Row r : rows) {
            if (r.unitId() != currentUnit) {
                current = new ArrayList<>();
                sections.add(new Section(r.unitName(), current));
                currentUnit = r.unitId();
            }
            current.add(new Line(++no, r.id(), r.fullName(), r.birthDate() == null ? null : r.birthDate().getYear(),
                    r.address(), r.joinedOn(), r.unitName()));
        }
        String parent = units.parent(unit).map(OrgUnit::name).orElse(null);
        audit.record(Audit.Action.READ, "member", null, unit.id(), purpose + " ids="
                + rows.stream().map(r -> Long.toString(r.id())).collect(Collectors.joining(",")));
        return new Book(unit, parent, List.copyOf(sections), rows.size(), OffsetDateTime.now(clock));
    }
}
