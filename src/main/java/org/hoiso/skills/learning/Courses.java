package org.hoiso.skills.learning;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hoiso.member.MemberRegistry;
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
 * Lessons for members: she reads a lesson, answers its short quiz (all answers right, as many tries as
 * she likes) and the lesson is done; the last lesson of a course gives her a certificate with a code
 * anyone can verify. National administrators edit the content.
 */
@Service
@Transactional(readOnly = true)
public class Courses {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private final CourseRepository repo;
    private final MemberRegistry members;
    private final OrgUnits units;
    private final Audit audit;
    private final SecureRandom random = new SecureRandom();

    Courses(CourseRepository repo, MemberRegistry members, OrgUnits units, Audit audit) {
        this.repo = repo;
        this.members = members;
        this.units = units;
        this.audit = audit;
    }

    /** The outcome of a quiz: which questions were wrong, whether the lesson is now done, a new certificate. */
    public record QuizResult(List<Integer> wrong, boolean lessonCompleted, String certificateCode) {
    }

    public record Certificate(String code, String memberName, String unitName, Course course, OffsetDateTime issuedAt) {
    }

    /** Every course, with her progress when the caller is a member. */
    public List<Course> courses(Caller caller) {
        return repo.courses(caller.isMember() ? caller.memberId() : null);
    }

    public Course.Lesson lesson(Caller caller, long lessonId) {
        return repo.lesson(lessonId, caller.isMember() ? caller.memberId() : null)
                .orElseThrow(() -> DomainException.notFound("learn.lesson.notFound"));
    }

    public List<Course.Question> questions(long lessonId) {
        return repo.questions(lessonId);
    }

    /** Checks her answers (question id → chosen option); all right completes the lesson. */
    @Transactional
    public QuizResult answer(Caller caller, long lessonId, Map<Long, Integer> answers) {
        long memberId = member(caller);
        Course.Lesson lesson = lesson(caller, lessonId);
        List<Integer> wrong = new ArrayList<>();
        for (Course.Question q : repo.questions(lessonId)) {
            Integer a = answers.get(q.id());
            if (a == null || a != q.correct()) {
                wrong.add(q.position());
            }
        }
        if (!wrong.isEmpty()) {
            return new QuizResult(wrong, false, null);
        }
        repo.complete(memberId, lessonId);
        Course course = repo.courses(memberId).stream().filter(c -> c.id() == lesson.courseId()).findFirst().orElseThrow();
        String code = null;
        if (course.completed() && repo.certificate(memberId, course.id()).isEmpty()) {
            code = newCode();
            repo.insertCertificate(memberId, course.id(), code);
            audit.record(Audit.Action.CREATE, "certificate", memberId, null, course.code());
        }
        return new QuizResult(List.of(), true, code);
    }

    /** Her certificates. */
    public List<Certificate> certificates(Caller caller) {
        long memberId = member(caller);
        MemberRegistry.Ref m = members.refOf(memberId);
        List<Course> courses = repo.courses(memberId);
        return repo.certificates(memberId).stream().map(c -> new Certificate(c.code(), m.fullName(), m.unitName(),
                courses.stream().filter(x -> x.id() == c.courseId()).findFirst().orElseThrow(), c.issuedAt())).toList();
    }

    /** A certificate by its code, for anyone who holds the paper: the name partly masked. */
    public Optional<Certificate> verify(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return repo.certificate(c).map(row -> {
            MemberRegistry.Ref m = members.refOf(row.memberId());
            Course course = repo.courses(null).stream().filter(x -> x.id() == row.courseId()).findFirst().orElseThrow();
            return new Certificate(row.code(), VietnameseText.initials(m.fullName()), m.unitName(), course, row.issuedAt());
        });
    }

    /**
     * Every member reads the same lessons, so only a national administrator (of the central union) changes them;
     * 403 for anyone else.
     */
    public void requireEditor(Caller caller) {
        if (!units.isNationalAdmin(caller)) {
            throw DomainException.forbidden("learn.edit.forbidden");
        }
    }

    /** A national administrator changes a lesson's text; the markup is rendered safely, so any text is accepted. */
    @Transactional
    public void editLesson(Caller caller, long lessonId, String titleVi, String titleEn, String bodyVi, String bodyEn,
            String videoUrl) {
        requireEditor(caller);
        List<FieldProblem> problems = new ArrayList<>();
        if (titleVi == null || titleVi.isBlank() || titleVi.length() > 200) {
            problems.add(FieldProblem.of("titleVi", "learn.edit.title"));
        }
        if (titleEn == null || titleEn.isBlank() || titleEn.length() > 200) {
            problems.add(FieldProblem.of("titleEn", "learn.edit.title"));
        }
        if (bodyVi == null || bodyVi.length() > 20000 || bodyEn == null || bodyEn.length() > 20000) {
            problems.add(FieldProblem.of("bodyVi", "learn.edit.body"));
        }
        String video = videoUrl == null || videoUrl.isBlank() ? null : videoUrl.strip();
        if (video != null && !video.matches("https://[^\\s<>\"]+")) {
            problems.add(FieldProblem.of("videoUrl", "learn.edit.video"));
        }
        if (!problems.isEmpty()) {
            throw DomainException.invalid(problems);
        }
        if (repo.updateLesson(lessonId, titleVi.strip(), titleEn.strip(), bodyVi, bodyEn, video, caller.username()) == 0) {
            throw DomainException.notFound("learn.lesson.notFound");
        }
        audit.record(Audit.Action.UPDATE, "lesson", lessonId, null, titleVi.strip());
    }

    /** A national administrator uploads a picture for lessons (JPEG or PNG by its bytes, at most 1 MB); answers its number. */
    @Transactional
    public long addImage(Caller caller, byte[] data) {
        requireEditor(caller);
        String type = ImageBytes.type(data);
        if (type == null || data.length > 1024 * 1024) {
            throw DomainException.invalid(List.of(FieldProblem.of("image", "learn.edit.image")));
        }
        long id = repo.addImage(type, data, caller.username());
        audit.record(Audit.Action.CREATE, "lesson_image", id, null, type);
        return id;
    }

    public CourseRepository.Image image(long id) {
        return repo.image(id).orElseThrow(() -> DomainException.notFound("learn.lesson.notFound"));
    }

    private static long member(Caller caller) {
        if (!caller.isMember()) {
            throw DomainException.forbidden("member.notSelf");
        }
        return caller.memberId();
    }

    private String newCode() {
        StringBuilder b = new StringBuilder("BDHVS-");
        for (int i = 0; i < 10; i++) {
            b.append(CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)]);
        }
        return b.toString();
    }
}
