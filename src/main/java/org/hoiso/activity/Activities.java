package org.hoiso.activity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hoiso.card.MemberCards;
import org.hoiso.member.MemberRegistry;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.audit.Audit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.text.VietnameseText;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.ImageBytes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Chi hội số": a branch or commune plans activities; its members see them and say whether they will
 * come; presence is recorded by scanning her card, by her scanning the activity's QR, or ticked by hand;
 * minutes and photos are kept; announcements reach the members of a unit. A member sees the activities
 * and announcements of her own unit and the units above it, and nothing of any other.
 */
@Service
@Transactional(readOnly = true)
public class Activities {

    static final Set<String> KINDS = Set.of("MEETING", "TRAINING", "CAMPAIGN", "VOLUNTEERING");
    private static final Set<String> ANSWERS = Set.of("YES", "NO", "MAYBE");
    private static final char[] CODE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final ActivityRepository repo;
    private final OrgUnits units;
    private final MemberRegistry members;
    private final MemberCards cards;
    private final Audit audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Activities(ActivityRepository repo, OrgUnits units, MemberRegistry members, MemberCards cards, Audit audit, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.members = members;
        this.cards = cards;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewActivity(long unitId, String kind, String title, String description, OffsetDateTime startsAt,
            OffsetDateTime endsAt, String place, String onlineUrl) {
    }

    public record Announcement(long id, String unitName, String title, String body, String by, OffsetDateTime at) {
    }

    /** What the member sees: the coming activities of her units with her answer, and the latest announcements. */
    public record MyActivities(List<Activity> activities, List<String> myAnswers, List<Announcement> announcements) {
    }

    /** A member's answer to an activity, as the officers who run it see it. */
    public record Response(long memberId, String name, String answer) {
    }

    @Transactional
    public Activity plan(Caller caller, NewActivity a) {
        OrgUnit unit = units.get(a.unitId());
        units.writable(caller, unit.id());
        List<FieldProblem> problems = new ArrayList<>();
        if (!"BRANCH".equals(unit.levelCode()) && !"COMMUNE".equals(unit.levelCode()) && !"GROUP".equals(unit.levelCode())) {
            problems.add(FieldProblem.of("unitId", "activity.unit.level"));
        }
        if (a.kind() == null || !KINDS.contains(a.kind())) {
            problems.add(FieldProblem.of("kind", "activity.kind"));
        }
        if (a.title() == null || a.title().isBlank() || a.title().length() > 200) {
            problems.add(FieldProblem.of("title", "activity.title.invalid"));
        }
        if (a.startsAt() == null) {
            problems.add(FieldProblem.of("startsAt", "activity.startsAt"));
        } else if (a.endsAt() != null && a.endsAt().isBefore(a.startsAt())) {
            problems.add(FieldProblem.of("endsAt", "activity.endsAt"));
        }
        String url = a.onlineUrl() == null || a.onlineUrl().isBlank() ? null : a.onlineUrl().strip();
        if (url != null && !url.matches("https://[^\\s<>\"]+")) {
            problems.add(FieldProblem.of("onlineUrl", "activity.onlineUrl"));
        }
        if ((a.place() == null || a.place().isBlank()) && url == null) {
            problems.add(FieldProblem.of("place", "activity.where"));
        }
        if (a.description() != null && a.description().length() > 4000) {
            problems.add(FieldProblem.of("description", "activity.description"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        long id = repo.insert(unit.id(), a.kind(), a.title().strip(), blank(a.description()), a.startsAt(), a.endsAt(),
                blank(a.place()),
                url, newCode(), caller.username());
        audit.record(Audit.Action.CREATE, "activity", id, unit.id(), a.title().strip());
        return repo.find(id).orElseThrow();
    }

    /** One activity, for an officer who may read its unit. */
    public Activity get(Caller caller, long id) {
        Activity a = repo.find(id).orElseThrow(() -> DomainException.notFound("activity.notFound"));
        if (!units.canRead(caller, a.unitId())) {
            throw DomainException.notFound("activity.notFound");
        }
        return a;
    }

    public List<Activity> inUnit(Caller caller, long unitId) {
        return repo.inSubtree(units.readable(caller, unitId).path(), 100);
    }

    public boolean canManage(Caller caller, Activity a) {
        return units.canWrite(caller, a.unitId());
    }

    @Transactional
    public void markHeld(Caller caller, long id, String minutes) {
        Activity a = managed(caller, id);
        if (!AttendanceRules.mayMarkHeld(a, now())) {
            throw DomainException.conflict("activity.held.notYet", time(a.startsAt()));
        }
        if (minutes != null && minutes.length() > 20000) {
            throw DomainException.invalid(List.of(FieldProblem.of("minutes", "activity.minutes.tooLong")));
        }
        repo.setStatus(a.id(), "HELD", blank(minutes));
        audit.record(Audit.Action.UPDATE, "activity", a.id(), a.unitId(), "held");
    }

    @Transactional
    public void cancel(Caller caller, long id) {
        Activity a = managed(caller, id);
        repo.setStatus(a.id(), "CANCELLED", null);
        audit.record(Audit.Action.UPDATE, "activity", a.id(), a.unitId(), "cancelled");
    }

    /** Ticked by hand: exactly these members (of the activity's unit) are present by hand. */
    @Transactional
    public void tick(Caller caller, long id, List<Long> memberIds) {
        Activity a = managed(caller, id);
        requirePresenceOpen(a);
        for (long m : memberIds) {
            members.requireWritable(caller, m);
            if (!belongs(m, a)) {
                throw DomainException.invalid(List.of(FieldProblem.of("memberIds", "activity.notHerUnit")));
            }
        }
        repo.setManual(a.id(), List.copyOf(memberIds), caller.username());
        audit.record(Audit.Action.UPDATE, "activity", a.id(), a.unitId(), "attendance ticked: " + memberIds.size());
    }

    /** Her card scanned at the door: the card must be in force and hers belong to the activity's unit. Answers her name. */
    @Transactional
    public String scanCard(Caller caller, long id, String token) {
        Activity a = managed(caller, id);
        requirePresenceOpen(a);
        long memberId = cards.memberInForce(token == null ? "" : token.strip())
                .orElseThrow(() -> DomainException.invalid(List.of(FieldProblem.of("token", "activity.card.invalid"))));
        if (!belongs(memberId, a)) {
            throw DomainException.invalid(List.of(FieldProblem.of("token", "activity.notHerUnit")));
        }
        repo.attend(a.id(), memberId, "CARD", caller.username());
        return members.refOf(memberId).fullName();
    }

    /**
     * She scanned the activity's own QR: present, if the activity is one of her units' and its door is open
     * (see {@link AttendanceRules}); before, she is told when it opens, after, that it has closed.
     */
    @Transactional
    public Activity checkIn(Caller caller, String code) {
        long memberId = memberOf(caller);
        Activity a = repo.byCode(code == null ? "" : code.strip().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> DomainException.notFound("activity.notFound"));
        if (!belongs(memberId, a)) {
            throw DomainException.notFound("activity.notFound");
        }
        switch (AttendanceRules.selfCheckIn(a, now())) {
            case NOT_YET -> throw DomainException.conflict("activity.checkin.notYet", a.title(),
                    time(AttendanceRules.opens(a)));
            case CLOSED -> throw DomainException.conflict("activity.checkin.closed", a.title());
            case OPEN -> {
                // recorded below
            }
        }
        repo.attend(a.id(), memberId, "SELF_QR", caller.username());
        return a;
    }

    @Transactional
    public void respond(Caller caller, long id, String answer) {
        long memberId = memberOf(caller);
        Activity a = repo.find(id).filter(x -> belongs(memberId, x))
                .orElseThrow(() -> DomainException.notFound("activity.notFound"));
        if (answer == null || !ANSWERS.contains(answer)) {
            throw DomainException.invalid(List.of(FieldProblem.of("answer", "activity.answer")));
        }
        repo.respond(a.id(), memberId, answer);
    }

    public MyActivities mine(Caller caller) {
        long memberId = memberOf(caller);
        List<Long> chain = chain(members.refOf(memberId).unitId());
        List<Activity> list = repo.ofUnits(chain, now().minusDays(1)).stream().filter(x -> !x.cancelled())
                .toList();
        Map<Long, String> byActivity = repo.answersOf(memberId, list.stream().map(Activity::id).toList());
        List<String> answers = list.stream().map(x -> byActivity.getOrDefault(x.id(), "")).toList();
        return new MyActivities(list, answers, repo.announcements(chain, 10).stream().map(Activities::announcement).toList());
    }

    @Transactional
    public long addPhoto(Caller caller, long id, String contentType, byte[] data) {
        Activity a = managed(caller, id);
        String type = ImageBytes.type(data);
        if (type == null || data.length > 3 * 1024 * 1024) {
            throw DomainException.invalid(List.of(FieldProblem.of("photo", "activity.photo")));
        }
        long photo = repo.addPhoto(a.id(), type, data, caller.username());
        audit.record(Audit.Action.UPDATE, "activity", a.id(), a.unitId(), "photo " + photo);
        return photo;
    }

    public List<Long> photos(Caller caller, long id) {
        return repo.photoIds(get(caller, id).id());
    }

    public List<Long> attendees(Caller caller, long id) {
        return repo.attendees(get(caller, id).id());
    }

    /** Whether the activity has begun (it may be marked held). */
    public boolean begun(Activity a) {
        return AttendanceRules.mayMarkHeld(a, now());
    }

    /** Whether officers may record presence now; if not, {@link #presenceOpensAt} says from when. */
    public boolean presenceOpen(Activity a) {
        return AttendanceRules.mayRecordPresence(a, now());
    }

    public OffsetDateTime presenceOpensAt(Activity a) {
        return AttendanceRules.opens(a);
    }

    /** Each member's answer, for officers who may read the activity's unit: yes first, then maybe, then no. */
    public List<Response> responses(Caller caller, long id) {
        return repo.responses(get(caller, id).id()).stream()
                .map(r -> new Response(r.memberId(), members.refOf(r.memberId()).fullName(), r.answer())).toList();
    }

    public ActivityRepository.Photo photo(Caller caller, long photoId) {
        ActivityRepository.Photo p = repo.photo(photoId).orElseThrow(() -> DomainException.notFound("activity.notFound"));
        get(caller, p.activityId());
        return p;
    }

    @Transactional
    public void announce(Caller caller, long unitId, String title, String body) {
        units.writable(caller, unitId);
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(FieldProblem.of("title", "activity.title.invalid"));
        }
        if (body == null || body.isBlank() || body.length() > 4000) {
            problems.add(FieldProblem.of("body", "activity.description"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        long id = repo.announce(unitId, title.strip(), body.strip(), caller.username());
        audit.record(Audit.Action.CREATE, "announcement", id, unitId, title.strip());
    }

    public List<Announcement> announcements(Caller caller, long unitId) {
        return repo.announcementsIn(units.readable(caller, unitId).path(), 20).stream().map(Activities::announcement).toList();
    }

    private void requirePresenceOpen(Activity a) {
        if (!AttendanceRules.mayRecordPresence(a, now())) {
            throw DomainException.conflict("activity.attendance.notYet", time(AttendanceRules.opens(a)));
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static String time(OffsetDateTime t) {
        return TIME.format(t.atZoneSameInstant(VietnameseText.ZONE));
    }

    private Activity managed(Caller caller, long id) {
        Activity a = get(caller, id);
        if (!units.canWrite(caller, a.unitId())) {
            throw DomainException.forbidden("activity.readOnly");
        }
        return a;
    }

    /** Whether the member's unit lies in the activity's unit's subtree. */
    private boolean belongs(long memberId, Activity a) {
        MemberRegistry.Ref m = members.refOf(memberId);
        return chain(m.unitId()).contains(a.unitId());
    }

    /** The unit and every unit above it: its path's ids. */
    private List<Long> chain(long unitId) {
        return Arrays.stream(units.get(unitId).path().split("\\.")).map(Long::parseLong).toList();
    }

    private static long memberOf(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("member.notSelf");
        }
        return caller.memberId();
    }

    private static Announcement announcement(ActivityRepository.Announcement a) {
        return new Announcement(a.id(), a.unitName(), a.title(), a.body(), a.createdBy(), a.publishedAt());
    }

    private String newCode() {
        StringBuilder b = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            b.append(CODE[random.nextInt(CODE.length)]);
        }
        return b.toString();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
