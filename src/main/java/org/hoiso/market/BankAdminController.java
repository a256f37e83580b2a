package org.hoiso.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DateInput;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bank list for a national administrator: the list in force, its source and date, its versions, a new list as CSV. */
@Controller
class BankAdminController {

    private static final long MAX_CSV = 512 * 1024;

    private final Banks banks;
    private final Messages messages;

    BankAdminController(Banks banks, Messages messages) {
        this.banks = banks;
        this.messages = messages;
    }

    @GetMapping("/admin/market/banks")
    String page(Model model, Caller caller) {
        model.addAttribute("banks", banks.all());
        model.addAttribute("versions", banks.versions());
        model.addAttribute("national", banks.isNational(caller));
        SellerController.styles(model);
        return "market/banks";
    }

    @PostMapping("/admin/market/banks")
    String replace(@RequestParam(required = false) String source, @RequestParam(required = false) String asOf,
            @RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String text,
            RedirectAttributes redirect, Caller caller) {
        try {
            LocalDate date = null;
            try {
                date = DateInput.parse(asOf).orElse(null);
            } catch (IllegalArgumentException e) {
                // the service names the missing date
            }
            String csv = text == null ? "" : text;
            if (file != null && !file.isEmpty()) {
                if (file.getSize() > MAX_CSV) {
                    throw DomainException.badRequest("market.banks.fileTooLarge");
                }
                csv = new String(file.getBytes(), StandardCharsets.UTF_8);
            }
            Banks.Version v = banks.replace(caller, source, date, csv.lines().toList());
            Outcome.notice(redirect, messages.get("market.banks.replaced", v.banks()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/admin/market/banks";
    }
}
