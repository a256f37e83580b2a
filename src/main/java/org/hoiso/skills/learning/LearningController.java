package org.hoiso.skills.learning;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.hoiso.platform.web.PublicUrl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** A member's lessons: courses with her progress, a lesson and its quiz, her certificates; the public check of a certificate. */
@Controller
class LearningController {

    private final PublicUrl publicUrl;

    private final Courses courses;
    private final Messages messages;

    LearningController(Courses courses, Messages messages, PublicUrl publicUrl) {
        this.courses = courses;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    @GetMapping("/me/learn")
    String courses(Model model, Caller caller) {
        model.addAttribute("courses", courses.courses(caller));
        model.addAttribute("certificates", courses.certificates(caller));
        return "skills/courses";
    }

    @GetMapping("/me/learn/lessons/{id}")
    String lesson(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("lesson", courses.lesson(caller, id));
        model.addAttribute("questions", courses.questions(id));
        return "skills/lesson";
    }

    @PostMapping("/me/learn/lessons/{id}")
    String answer(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model, Caller caller) {
        Map<Long, Integer> answers = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("q") && !v.isEmpty()) {
                try {
                    answers.put(Long.parseLong(k.substring(1)), Integer.parseInt(v.get(0)));
                } catch (NumberFormatException e) {
                    // a tampered field is simply a wrong answer
                }
            }
        });
        Courses.QuizResult result = courses.answer(caller, id, answers);
        model.addAttribute("lesson", courses.lesson(caller, id));
        model.addAttribute("questions", courses.questions(id));
        model.addAttribute("result", result);
        model.addAttribute("answers", answers);
        if (result.lessonCompleted()) {
            String passed = messages.get("learn.quiz.passed");
            Outcome.notice(model, result.certificateCode() == null
                    ? passed
                    : passed + " " + messages.get("learn.certificate.new", result.certificateCode()));
        } else {
            String wrong = result.wrong().stream().map(String::valueOf).collect(Collectors.joining(", "));
            Outcome.error(model, messages.get("learn.quiz.wrong", wrong));
        }
        return "skills/lesson";
    }

    @GetMapping("/me/learn/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable String code, Locale locale, Caller caller) {
        Courses.Certificate c = courses.certificates(caller).stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("learn.certificate.notFound"));
        // hoiso's public address, never the Host header of the request
        String url = publicUrl.of(UriComponentsBuilder.fromPath("/certificates/{code}").buildAndExpand(code).toUriString());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("chung-nhan-" + code + ".pdf").build().toString())
                .body(CertificatePdf.render(c, url, locale));
    }

    /** Anyone holding the paper may check it; the page shows the masked name, the course and the date. */
    @GetMapping("/certificates/{code}")
    String verify(@PathVariable String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("certificate", courses.verify(code).orElse(null));
        return "skills/verify";
    }
}
