package org.hoiso.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.hoiso.platform.security.Caller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Report values as files for partner systems: ADX, CSV, XLSX, JSON out and in; the PDF of one report. */
@RestController
@RequestMapping("/api/v1/reporting")
@Tag(name = "Reporting", description = "Indicators, forms, reports, approval, aggregates, completeness")
class ExchangeApi {

    private final ReportExchange exchange;

    ExchangeApi(ReportExchange exchange) {
        this.exchange = exchange;
    }

    @GetMapping("/values")
    @Operation(summary = "The values of a form's reports for a period in a unit's subtree, as format=adx|csv|xlsx|json; approved only "
            + "unless approvedOnly=false (then submitted ones too); audited")
    ResponseEntity<byte[]> export(@RequestParam long unitId, @RequestParam long formId, @RequestParam String period,
            @RequestParam(defaultValue = "adx") String format,
            @RequestParam(defaultValue = "true") boolean approvedOnly, Caller caller) {
        return ExchangeController.exportFile(exchange, unitId, formId, period, format, approvedOnly, caller);
    }

    @PostMapping("/values")
    @Operation(summary = "Import a file of values (multipart `file`: .xml ADX, .csv, .xlsx, .json); all or nothing, each problem "
            + "with its row; submit=true submits the reports for approval")
    ReportExchange.Imported importValues(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean submit, Locale locale,
            Caller caller) {
        return ExchangeController.importFile(exchange, file, submit, locale, caller);
    }

    @GetMapping("/reports/{id}/pdf")
    @Operation(summary = "The printable report (A4 PDF) in the caller's language")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale, Caller caller) {
        return ExchangeController.pdfFile(exchange, id, locale, caller);
    }
}
