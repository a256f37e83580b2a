package org.hoiso.market;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hoiso.platform.security.Caller;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A seller's products: add, edit, photos, and the bulk view of what lacks English. */
@Controller
class SellerProductController {

    private final Shops shops;
    private final Products products;
    private final Messages messages;

    SellerProductController(Shops shops, Products products, Messages messages) {
        this.shops = shops;
        this.products = products;
        this.messages = messages;
    }

    @GetMapping("/me/shops/{id}/products/new")
    String newProduct(@PathVariable long id, Model model, Caller caller) {
        return form(model, caller, shops.managed(caller, id), null, SellerForms.ProductForm.blank());
    }

    @PostMapping("/me/shops/{id}/products")
    String add(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, Caller caller) {
        Shop shop = shops.managed(caller, id);
        SellerForms.ProductForm f = SellerForms.ProductForm.from(form);
        try {
            long productId = products.add(caller, id, f.input());
            Outcome.notice(redirect, messages.get("market.product.added"));
            return "redirect:/me/products/" + productId + "/edit";
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            return form(model, caller, shop, null, f);
        }
    }

    @GetMapping("/me/products/{productId}/edit")
    String edit(@PathVariable long productId, Model model, Caller caller) {
        Product p = products.mine(caller, productId);
        return form(model, caller, shops.managed(caller, p.shopId()), p, SellerForms.ProductForm.of(p));
    }

    @PostMapping("/me/products/{productId}")
    String update(@PathVariable long productId, @RequestParam MultiValueMap<String, String> form, Model model,
            RedirectAttributes redirect, Caller caller) {
        Product p = products.mine(caller, productId);
        SellerForms.ProductForm f = SellerForms.ProductForm.from(form);
        try {
            String version = SellerForms.one(form, "version");
            products.update(caller, productId, version.matches("[0-9]{1,9}") ? Integer.parseInt(version) : -1, f.input());
            Outcome.notice(redirect, messages.get("market.saved"));
            return "redirect:/me/products/" + productId + "/edit";
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            return form(model, caller, shops.managed(caller, p.shopId()), p, f);
        }
    }

    @PostMapping("/me/products/{productId}/photos")
    String photo(@PathVariable long productId, @RequestParam(required = false) MultipartFile photo,
            RedirectAttributes redirect, Caller caller) {
        try {
            products.addPhoto(caller, productId, SellerController.bytes(photo, products));
            Outcome.notice(redirect, messages.get("market.photo.added"));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/products/" + productId + "/edit";
    }

    @GetMapping("/me/shops/{id}/english")
    String english(@PathVariable long id, Model model, Caller caller) {
        model.addAttribute("shop", shops.managed(caller, id));
        model.addAttribute("products", products.ofShop(caller, id).stream().filter(p -> !p.missingEnglish().isEmpty()).toList());
        SellerController.styles(model);
        return "market/seller-english";
    }

    /** Fields {@code nameEn.<id>}, {@code unitEn.<id>}, {@code descriptionEn.<id>}, {@code version.<id>}, {@code variantEn.<id>.<variant>}. */
    @PostMapping("/me/shops/{id}/english")
    String addEnglish(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect,
            Caller caller) {
        Map<Long, Map<Long, String>> variants = new LinkedHashMap<>();
        List<Products.EnglishEdit> edits = new ArrayList<>();
        form.forEach((name, values) -> {
            if (name.matches("variantEn_[0-9]{1,18}_[0-9]{1,18}")) {
                String[] parts = name.split("_");
                variants.computeIfAbsent(Long.valueOf(parts[1]), k -> new LinkedHashMap<>()).put(Long.valueOf(parts[2]),
                        values.get(0));
            }
        });
        form.forEach((name, values) -> {
            if (name.matches("version_[0-9]{1,18}") && values.get(0).matches("[0-9]{1,9}")) {
                long productId = Long.parseLong(name.substring("version_".length()));
                edits.add(new Products.EnglishEdit(productId, Integer.parseInt(values.get(0)),
                        SellerForms.one(form, "nameEn_" + productId), SellerForms.one(form, "unitEn_" + productId),
                        SellerForms.one(form, "descriptionEn_" + productId), variants.getOrDefault(productId, Map.of())));
            }
        });
        try {
            int n = products.addEnglish(caller, id, edits);
            Outcome.notice(redirect, messages.get("market.english.saved", n));
        } catch (DomainException e) {
            Outcome.errors(redirect, messages.all(e));
        }
        return "redirect:/me/shops/" + id + "/english";
    }

    private String form(Model model, Caller caller, Shop shop, Product product, SellerForms.ProductForm f) {
        model.addAttribute("shop", shop);
        model.addAttribute("product", product);
        model.addAttribute("f", f);
        model.addAttribute("categories", Category.values());
        model.addAttribute("communes", shops.choices(caller).communes());
        SellerController.styles(model);
        return "market/seller-product-form";
    }
}
