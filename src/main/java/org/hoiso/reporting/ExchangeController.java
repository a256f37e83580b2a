package org.hoiso.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Files of report values, for pages ({@code /reports/…}) and partner systems ({@code /api/v1/reporting/…}):
 * export of a subtree's reports as ADX, CSV, XLSX or JSON; import of such a file (all or nothing); the PDF.
 */
@Controller
class ExchangeController {

    private final ReportExchange exchange;
    private final Messages messages;

    ExchangeController(ReportExchange exchange, Messages messages) {
        this.exchange = exchange;
        this.messages = messages;
    }

    @GetMapping("/reports/export")
    ResponseEntity<byte[]> export(@RequestParam long unitId, @RequestParam long formId, @RequestParam String period,
            @RequestParam(defaultValue = "adx") String format,
            @RequestParam(defaultValue = "true") boolean approvedOnly, Caller caller) {
        return exportFile(exchange, unitId, formId, period, format, approvedOnly, caller);
    }

    static ResponseEntity<byte[]> exportFile(ReportExchange exchange, long unitId, long formId, String period, String format,
            boolean approvedOnly, Caller caller) {
        ReportExchange.Format f = format(format);
        Period p = ReportParams.period(period);
        var list = exchange.export(caller, unitId, formId, p, approvedOnly);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exchange.write(f, list, out);
        String ext = f == ReportExchange.Format.ADX ? "xml" : f.name().toLowerCase(Locale.ROOT);
        MediaType type = switch (f) {
            case ADX -> MediaType.APPLICATION_XML;
            case CSV -> new MediaType("text", "csv", StandardCharsets.UTF_8);
            case XLSX -> MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            case JSON -> MediaType.APPLICATION_JSON;
        };
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bao-cao-" + formId + "-" + p.code() + "." + ext).build().toString())
                .body(out.toByteArray());
    }

    @GetMapping("/reports/{id}/print.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, Caller caller) {
        return pdfFile(exchange, id, locale, caller);
    }

    static ResponseEntity<byte[]> pdfFile(ReportExchange exchange, long id, Locale locale, Caller caller) {
        byte[] pdf = exchange.pdf(caller, id, locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("bao-cao-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/reports/import")
    String importPage(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean submit,
            @RequestParam(required = false) String returnTo, Locale locale, RedirectAttributes redirect,
            Caller caller) {
        try {
            ReportExchange.Imported done = importFile(file, submit, locale, caller);
            Outcome.notice(redirect, messages.get("review.import.done", done.reports(), done.values()));
        } catch (DomainException e) {
            List<String> lines = e.fieldProblems().isEmpty()
                    ? messages.all(e)
                    : e.fieldProblems().stream()
                            .map(p -> p.field().startsWith("row ")
                                    ? messages.get("import.row", p.field().substring(4), messages.get(p))
                                    : messages.get(p))
                            .limit(50).toList();
            Outcome.errors(redirect, lines);
        }
        String back = returnTo != null && returnTo.startsWith("/reports/review") ? returnTo : "/reports/review";
        return "redirect:" + back;
    }

    private ReportExchange.Imported importFile(MultipartFile file, boolean submit, Locale locale, Caller caller) {
        return importFile(exchange, file, submit, locale, caller);
    }

    static ReportExchange.Imported importFile(ReportExchange exchange, MultipartFile file, boolean submit, Locale locale,
            Caller caller) {
        if (file == null || file.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of("file", "import.noFile")));
        }
        ReportExchange.formatOf(file.getOriginalFilename());
        Path tmp = null;
        try {
            tmp = Files.createTempFile("hoiso-values-", "-" + safe(file.getOriginalFilename()));
            file.transferTo(tmp);
            var list = exchange.read(file.getOriginalFilename(), tmp);
            return exchange.importReports(caller, list, submit, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary file the OS cleans up
                }
            }
        }
    }

    private static String safe(String name) {
        String n = name == null ? "file" : name.replaceAll("[^A-Za-z0-9._-]", "_");
        return n.length() > 60 ? n.substring(n.length() - 60) : n;
    }

    private static ReportExchange.Format format(String f) {
        try {
            return ReportExchange.Format.valueOf(f.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(List.of(FieldProblem.of("format", "import.format", f)));
        }
    }

}
