package org.hoiso.market;

import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seller's orders: the list (buyers masked), one order (the buyer in full, audited) and its steps. */
@Controller
class SellerOrderController {

    private final Shops shops;
    private final Orders orders;
    private final Messages messages;

    SellerOrderController(Shops shops, Orders orders, Messages messages) {
        this.shops = shops;
        this.orders = orders;
        this.messages = messages;
    }

    @GetMapping("/me/shops/{id}/orders")
    String list(@PathVariable long id, @RequestParam(required = false) String status, Model model, Caller caller) {
        OrderStatus s = SellerForms.enumOf(OrderStatus.class, status);
        model.addAttribute("shop", shops.managed(caller, id));
        model.addAttribute("orders", orders.ofShop(caller, id, s));
        model.addAttribute("status", s);
        model.addAttribute("statuses", OrderStatus.values());
        SellerController.styles(model);
        return "market/seller-orders";
    }

    @GetMapping("/me/orders/{orderId}")
    String order(@PathVariable long orderId, Model model, Caller caller) {
        model.addAttribute("o", orders.ofMine(caller, orderId));
        SellerController.styles(model);
        return "market/seller-order";
    }

    @PostMapping("/me/orders/{orderId}/steps")
    String step(@PathVariable long orderId, @RequestParam(required = false) String step,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect, Caller caller) {
        OrderStep s = SellerForms.enumOf(OrderStep.class, step);
        try {
            if (s == null || version == null) {
                throw DomainException.badRequest("error.parameter");
            }
            orders.step(caller, orderId, version, s, reason);
            Outcome.notice(redirect, messages.get("market.order.stepDone." + s.name()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/orders/" + orderId;
    }
}
