package org.hoiso.skills.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hamcrest.Matchers;
import org.hoiso.orgunit.OrgUnit;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.reporting.Catalogue;
import org.hoiso.reporting.Period;
import org.hoiso.reporting.Periodicity;
import org.hoiso.reporting.Report;
import org.hoiso.reporting.Reports;
import org.hoiso.reporting.ValueKey;
import org.hoiso.testing.Fixtures;
import org.hoiso.testing.IntegrationTest;
import org.hoiso.testing.Places;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A member learns: quiz, lessons done, a certificate anyone can check, and the counts in the monthly report. */
@IntegrationTest
class LearningIT {

    @Autowired
    Courses courses;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Reports reports;
    @Autowired
    Catalogue catalogue;
    @Autowired
    MockMvc mvc;

    @Test
    void aMemberFinishesTheVneidCourseGetsACertificateAndTheMonthlyReportCountsIt() throws Exception {
        OrgUnit commune = fixtures.unit(Places.AN_BINH);
        OrgUnit branch = fixtures.branch(Places.AN_BINH, "Chi hội Khu vực 3");
        String name = "Thạch Thị " + Fixtures.uniqueGivenName();
        long memberId = fixtures.member(name, LocalDate.of(1992, 2, 2), branch.id());
        Caller her = Caller.member(900_000 + memberId, "0900" + memberId, name, memberId);

        Course vneid = courses.courses(her).stream().filter(c -> c.code().equals("VNEID")).findFirst().orElseThrow();
        assertThat(vneid.lessons()).hasSize(2);
        Course.Lesson first = vneid.lessons().get(0);
        List<Course.Question> questions = courses.questions(first.id());
        Map<Long, Integer> wrong = new HashMap<>();
        questions.forEach(q -> wrong.put(q.id(), (q.correct() + 1) % q.optionsVi().size()));
        Courses.QuizResult failed = courses.answer(her, first.id(), wrong);
        assertThat(failed.lessonCompleted()).isFalse();
        assertThat(failed.wrong()).hasSize(questions.size());

        String code = null;
        for (Course.Lesson l : vneid.lessons()) {
            Map<Long, Integer> right = new HashMap<>();
            courses.questions(l.id()).forEach(q -> right.put(q.id(), q.correct()));
            Courses.QuizResult r = courses.answer(her, l.id(), right);
            assertThat(r.lessonCompleted()).isTrue();
            code = r.certificateCode() != null ? r.certificateCode() : code;
        }
        assertThat(code).startsWith("BDHVS-");
        assertThat(courses.certificates(her)).extracting(Courses.Certificate::code).containsExactly(code);

        mvc.perform(get("/certificates/" + code)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Thạch T. ")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(name))));

        Report r = reports.open(fixtures.officer(Places.AN_BINH).caller(), catalogue.form("HV_THANG").id(), commune.id(),
                Period.containing(Periodicity.MONTHLY, reports.today()));
        var values = reports.entry(fixtures.admin(), r.id()).values();
        assertThat(values.get(new ValueKey("LESSONS_COMPLETED", "")).num()).isEqualByComparingTo("2");
        assertThat(values.get(new ValueKey("CERTIFICATES_ISSUED", "")).num()).isEqualByComparingTo("1");
    }

    @Test
    void anUnknownCertificateCodeIsSaidNotToBeIssuedByHoiso() throws Exception {
        mvc.perform(get("/certificates/BDHVS-KHONGCOTHAT")).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("không do hoiso cấp")));
    }

    @Test
    void anOfficerCannotEditALesson() {
        Course.Lesson l = courses.courses(fixtures.admin()).get(0).lessons().get(0);
        assertThatThrownBy(() -> courses.editLesson(fixtures.officer(Places.AN_BINH).caller(), l.id(), "x", "x", "x", "x", null))
                .isInstanceOf(DomainException.class).hasMessage("learn.edit.forbidden");
    }

    @Test
    void onlyANationalAdministratorEditsTheLessonsEveryMemberReads() {
        Course.Lesson l = courses.courses(fixtures.admin()).get(0).lessons().get(0);
        Caller provincial = fixtures.account(Caller.Role.ADMIN, Places.CAN_THO).caller();
        Caller communal = fixtures.account(Caller.Role.ADMIN, Places.VY_DA).caller();
        for (Caller c : List.of(provincial, communal)) {
            assertThatThrownBy(() -> courses.editLesson(c, l.id(), "x", "x", "x", "x", null))
                    .isInstanceOf(DomainException.class).hasMessage("learn.edit.forbidden");
            assertThatThrownBy(() -> courses.addImage(c, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}))
                    .isInstanceOf(DomainException.class).hasMessage("learn.edit.forbidden");
        }
        assertThat(courses.lesson(fixtures.admin(), l.id()).titleVi()).isEqualTo(l.titleVi());
    }

    @Test
    void aLessonsVideoLinkCannotBeAScript() {
        Course.Lesson l = courses.courses(fixtures.admin()).get(0).lessons().get(0);
        assertThatThrownBy(() -> courses.editLesson(fixtures.admin(), l.id(), "x", "x", "x", "x", "javascript:alert(1)"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void whatAnAdministratorTypesInALessonIsNeverMarkup() {
        Course.Lesson l = courses.courses(fixtures.admin()).get(0).lessons().get(0);
        courses.editLesson(fixtures.admin(), l.id(), l.titleVi(), l.titleEn(), l.bodyVi() + "\n\n<img src=x onerror=alert(1)>",
                l.bodyEn(),
                "https://www.youtube.com/watch?v=vneid");
        Course.Lesson edited = courses.lesson(fixtures.admin(), l.id());
        assertThat(edited.bodyHtml(Locale.forLanguageTag("vi"))).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(edited.videoUrl()).isEqualTo("https://www.youtube.com/watch?v=vneid");
    }
}
