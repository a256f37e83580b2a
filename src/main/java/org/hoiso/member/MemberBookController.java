package org.hoiso.member;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.hoiso.orgunit.OrgUnits;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.AttachmentName;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The member book of a branch or a commune: a page that prints on A4, and the same as a PDF. */
@Controller
class MemberBookController {

    private final MemberBook books;
    private final MemberBookPdf pdf;
    private final OrgUnits units;
    private final Messages messages;

    MemberBookController(MemberBook books, MemberBookPdf pdf, OrgUnits units, Messages messages) {
        this.books = books;
        this.pdf = pdf;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/members/book")
    String book(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        model.addAttribute("book", books.of(caller, unit, "book"));
        model.addAttribute("pageStyles", List.of("/css/book.css"));
        return "member/book";
    }

    /** The PDF, made whole before the first byte is sent (a refusal is still a page). */
    @GetMapping("/members/book.pdf")
    void bookPdf(@RequestParam(required = false) Long unitId, Locale locale, HttpServletResponse response, Caller caller)
            throws IOException {
        long unit = unitId == null ? units.home(caller).unitId() : unitId;
        MemberBook.Book book = books.of(caller, unit, "book pdf");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render(book, locale, out);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", AttachmentName.header(messages.get(locale, "member.book.title") + " - "
                + book.unit().name() + " - " + DateInput.format(book.printedOn()).replace('/', '-'), "pdf"));
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(out.size());
        out.writeTo(response.getOutputStream());
    }
}
