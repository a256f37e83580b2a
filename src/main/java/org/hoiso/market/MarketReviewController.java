package org.hoiso.market;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Officers' pages of the market: what waits in their subtree, a shop's review, approve, hide with a reason, reports. */
@Controller
class MarketReviewController {

    private final Reviews reviews;
    private final Products products;
    private final Messages messages;

    MarketReviewController(Reviews reviews, Products products, Messages messages) {
        this.reviews = reviews;
        this.products = products;
        this.messages = messages;
    }

    @GetMapping("/market/review")
    String queue(@RequestParam(required = false) Long unitId, Model model, Caller caller) {
        model.addAttribute("q", reviews.queue(caller, unitId));
        model.addAttribute("today", products.today());
        SellerController.styles(model);
        return "market/review";
    }

    @GetMapping("/market/shops/{id}")
    String shop(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("r", reviews.shop(caller, id));
        model.addAttribute("today", products.today());
        SellerController.styles(model);
        return "market/review-shop";
    }

    @PostMapping("/market/shops/{id}/approve")
    String approveShop(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        return act(id, redirect, "market.review.approved", () -> reviews.approveShop(caller, id));
    }

    @PostMapping("/market/shops/{id}/hide")
    String hideShop(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect,
            Caller caller) {
        return act(id, redirect, "market.review.hiddenDone", () -> reviews.hideShop(caller, id, reason));
    }

    @PostMapping("/market/products/{id}/approve")
    String approveProduct(@PathVariable long id, @RequestParam long shopId, RedirectAttributes redirect, Caller caller) {
        return act(shopId, redirect, "market.review.approved", () -> reviews.approveProduct(caller, id));
    }

    @PostMapping("/market/products/{id}/hide")
    String hideProduct(@PathVariable long id, @RequestParam long shopId, @RequestParam(required = false) String reason,
            RedirectAttributes redirect, Caller caller) {
        return act(shopId, redirect, "market.review.hiddenDone", () -> reviews.hideProduct(caller, id, reason));
    }

    @PostMapping("/market/reports/{id}/close")
    String closeReport(@PathVariable long id, @RequestParam long shopId, @RequestParam(required = false) String outcome,
            RedirectAttributes redirect, Caller caller) {
        return act(shopId, redirect, "market.report.closed", () -> reviews.closeReport(caller, id, outcome));
    }

    @GetMapping("/market/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId, @RequestParam(required = false) String size, Caller caller) {
        return StorefrontController.image(reviews.photo(caller, photoId, "thumb".equals(size)));
    }

    private String act(long shopId, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            Outcome.notice(redirect, messages.get(done));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/market/shops/" + shopId;
    }
}
