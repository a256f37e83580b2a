package org.hoiso.market;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.hoiso.member.MemberRegistry;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.FieldProblem;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A member's shops from her own pages (phone first): open, edit, photos, managers of a group's or cooperative's shop. */
@Controller
class SellerController {

    private final Shops shops;
    private final Products products;
    private final Banks banks;
    private final MemberRegistry members;
    private final Messages messages;

    SellerController(Shops shops, Products products, Banks banks, MemberRegistry members, Messages messages) {
        this.shops = shops;
        this.products = products;
        this.banks = banks;
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/me/shops")
    String list(Model model, Caller caller) {
        model.addAttribute("shops", shops.mine(caller));
        styles(model);
        return "market/seller-shops";
    }

    @GetMapping("/me/shops/new")
    String newShop(Model model, Caller caller) {
        String phone = members.own(caller).phone();
        return form(model, caller, SellerForms.ShopForm.blank(phone == null ? "" : phone), null);
    }

    @PostMapping("/me/shops")
    String open(@RequestParam MultiValueMap<String, String> form, Model model, RedirectAttributes redirect, Caller caller) {
        SellerForms.ShopForm f = SellerForms.ShopForm.from(form);
        try {
            long id = shops.open(caller, f.input());
            Outcome.notice(redirect, messages.get("market.shop.opened"));
            return "redirect:/me/shops/" + id;
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            return form(model, caller, f, null);
        }
    }

    @GetMapping("/me/shops/{id}")
    String shop(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("m", shops.details(caller, id));
        model.addAttribute("products", products.ofShop(caller, id));
        model.addAttribute("photos", products.shopPhotos(caller, id));
        model.addAttribute("today", products.today());
        styles(model);
        return "market/seller-shop";
    }

    @GetMapping("/me/shops/{id}/edit")
    String edit(@PathVariable long id, Model model, Caller caller) {
        Shops.Managed m = shops.details(caller, id);
        return form(model, caller, SellerForms.ShopForm.of(m.shop(), m.areas(), m.pickups()), m.shop());
    }

    @PostMapping("/me/shops/{id}")
    String update(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, Caller caller) {
        SellerForms.ShopForm f = SellerForms.ShopForm.from(form);
        Shop shop = shops.managed(caller, id);
        try {
            String version = SellerForms.one(form, "version");
            shops.update(caller, id, version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : -1, f.input());
            Outcome.notice(redirect, messages.get("market.saved"));
            return "redirect:/me/shops/" + id;
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            return form(model, caller, f, shop);
        }
    }

    @PostMapping("/me/shops/{id}/photos")
    String shopPhoto(@PathVariable long id, @RequestParam(required = false) MultipartFile photo, RedirectAttributes redirect,
            Caller caller) {
        try {
            products.addShopPhoto(caller, id, bytes(photo, products));
            Outcome.notice(redirect, messages.get("market.photo.added"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/shops/" + id;
    }

    @PostMapping("/me/shops/{id}/photos/{photoId}/delete")
    String deletePhoto(@PathVariable long id, @PathVariable long photoId, RedirectAttributes redirect, Caller caller) {
        products.deletePhoto(caller, id, photoId);
        Outcome.notice(redirect, messages.get("market.photo.deleted"));
        return "redirect:/me/shops/" + id;
    }

    @PostMapping("/me/shops/{id}/invite")
    String invite(@PathVariable long id, RedirectAttributes redirect, Caller caller) {
        try {
            Outcome.notice(redirect, messages.get("market.shop.inviteGiven", shops.invite(caller, id), shops.inviteDays()));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/shops/" + id;
    }

    @PostMapping("/me/shops/{id}/managers/{memberId}/remove")
    String removeManager(@PathVariable long id, @PathVariable long memberId, RedirectAttributes redirect, Caller caller) {
        try {
            shops.removeManager(caller, id, memberId);
            Outcome.notice(redirect, messages.get("market.saved"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/shops/" + id;
    }

    @PostMapping("/me/shops/join")
    String join(@RequestParam(required = false) String code, RedirectAttributes redirect, Caller caller) {
        try {
            long id = shops.join(caller, code);
            Outcome.notice(redirect, messages.get("market.shop.joined"));
            return "redirect:/me/shops/" + id;
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
            return "redirect:/me/shops";
        }
    }

    @GetMapping("/me/market/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long photoId, @RequestParam(required = false) String size, Caller caller) {
        return StorefrontController.image(products.photo(caller, photoId, "thumb".equals(size)));
    }

    /** The upload's bytes, its size checked before it is read. */
    static byte[] bytes(MultipartFile photo, Products products) {
        if (photo == null || photo.isEmpty()) {
            throw DomainException.invalid(List.of(FieldProblem.of("photo", "market.photo.missing")));
        }
        products.checkSize(photo.getSize());
        try {
            return photo.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String form(Model model, Caller caller, SellerForms.ShopForm f, Shop shop) {
        model.addAttribute("f", f);
        model.addAttribute("shop", shop);
        model.addAttribute("choices", shops.choices(caller));
        model.addAttribute("banks", banks.all());
        model.addAttribute("kinds", ShopKind.values());
        styles(model);
        return "market/seller-shop-form";
    }

    static void styles(Model model) {
        model.addAttribute("pageStyles", List.of("/css/market.css"));
    }
}
