package org.hoiso.market;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The market's pages get its addresses as {@code ${marketLinks…}} (a model value: links may not call beans). */
@ControllerAdvice(basePackageClasses = MarketModelAdvice.class)
class MarketModelAdvice {

    private final MarketLinks links;

    MarketModelAdvice(MarketLinks links) {
        this.links = links;
    }

    @ModelAttribute("marketLinks")
    MarketLinks links() {
        return links;
    }
}
