package org.hoiso.market;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import org.hoiso.platform.security.Caller;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A national administrator replaces the bank list (its source and date kept); anyone reads it at GET /api/v1/market/banks. */
@RestController
@Tag(name = "Market", description = "Chợ số: public catalogue, orders, sellers' shops, officers' reviews")
class BankApi {

    private final Banks banks;

    BankApi(Banks banks) {
        this.banks = banks;
    }

    @PutMapping("/api/v1/market/banks")
    Banks.Version replace(@RequestBody ApiJson.BankListRequest r, Caller caller) {
        List<String> lines = new ArrayList<>();
        for (ApiJson.Bank b : r.banks() == null ? List.<ApiJson.Bank>of() : r.banks()) {
            lines.add(csv(b.bin()) + "," + csv(b.shortName()) + "," + csv(b.note()));
        }
        return banks.replace(caller, r.source(), r.asOf(), lines);
    }

    private static String csv(String s) {
        return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
