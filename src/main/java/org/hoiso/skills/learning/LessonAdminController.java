package org.hoiso.skills.learning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** National administrators edit the lessons' text and video links; the pages refuse anyone else (403). */
@Controller
class LessonAdminController {

    private final Courses courses;
    private final Messages messages;

    LessonAdminController(Courses courses, Messages messages) {
        this.courses = courses;
        this.messages = messages;
    }

    @GetMapping("/admin/lessons")
    String list(Model model, Caller caller) {
        courses.requireEditor(caller);
        model.addAttribute("courses", courses.courses(caller));
        return "skills/admin-lessons";
    }

    @PostMapping("/admin/lessons/images")
    String image(@RequestParam(required = false) MultipartFile image,
            @RequestParam(required = false) Long lessonId, RedirectAttributes redirect, Caller caller) {
        try {
            if (image == null || image.isEmpty()) {
                throw DomainException.invalid(List.of(FieldProblem.of("image", "learn.edit.image")));
            }
            long id = courses.addImage(caller, image.getBytes());
            Outcome.notice(redirect, messages.get("learn.edit.imageAdded", "![…](image:" + id + ")"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lessonId == null ? "redirect:/admin/lessons" : "redirect:/admin/lessons/" + lessonId;
    }

    /** Pictures of lessons, for anyone signed in (members read lessons, editors preview them). */
    @GetMapping("/lessons/images/{id}")
    ResponseEntity<byte[]> serve(@PathVariable long id) {
        CourseRepository.Image i = courses.image(id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(i.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePrivate()).body(i.data());
    }

    @GetMapping("/admin/lessons/{id}")
    String edit(@PathVariable long id, Model model, Caller caller) {
        courses.requireEditor(caller);
        model.addAttribute("lesson", courses.lesson(caller, id));
        return "skills/admin-lesson";
    }

    @PostMapping("/admin/lessons/{id}")
    String save(@PathVariable long id, @RequestParam(required = false) String titleVi,
            @RequestParam(required = false) String titleEn,
            @RequestParam(required = false) String bodyVi, @RequestParam(required = false) String bodyEn,
            @RequestParam(required = false) String videoUrl, RedirectAttributes redirect, Caller caller) {
        try {
            courses.editLesson(caller, id, titleVi, titleEn, bodyVi, bodyEn, videoUrl);
            Outcome.notice(redirect, messages.get("learn.edit.saved"));
        } catch (DomainException e) {
            Outcome.errors(redirect, e.fieldProblems().isEmpty()
                    ? messages.all(e)
                    : e.fieldProblems().stream().map(messages::get).toList());
        }
        return "redirect:/admin/lessons/" + id;
    }

}
