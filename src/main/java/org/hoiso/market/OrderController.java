package org.hoiso.market;

import io.nayuki.qrcodegen.QrCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hoiso.platform.web.DomainException;
import org.hoiso.platform.web.Messages;
import org.hoiso.platform.web.Outcome;
import org.hoiso.platform.web.QrSvg;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The buyer's side of an order, no login: the order form's answer, her order's page (its steps, the shop's account
 * and a dynamic VietQR code for the exact amount, drawn by the server as SVG and as a PNG to download, and its text
 * to copy), and finding her order again with its code and her phone.
 */
@Controller
class OrderController {

    private final Orders orders;
    private final Storefront storefront;
    private final StorefrontController pages;
    private final MarketLinks links;
    private final Messages messages;

    OrderController(Orders orders, Storefront storefront, StorefrontController pages, MarketLinks links, Messages messages) {
        this.orders = orders;
        this.storefront = storefront;
        this.pages = pages;
        this.links = links;
        this.messages = messages;
    }

    @PostMapping({"/cho-so/san-pham/{id}/dat-hang", "/en/market/products/{id}/order"})
    String place(@PathVariable long id, @RequestParam(required = false) Long variantId,
            @RequestParam(required = false) String quantity, @RequestParam(required = false) String buyerName,
            @RequestParam(required = false) String buyerPhone, @RequestParam(required = false) String receive,
            @RequestParam(required = false) String deliveryProvince, @RequestParam(required = false) String deliveryCommune,
            @RequestParam(required = false) String address, @RequestParam(required = false) String note, Locale locale,
            Model model) {
        Storefront.ProductPage page = storefront.product(id);
        Long pickup = receive != null && receive.matches("[0-9]{1,18}") ? Long.valueOf(receive) : null;
        Long variant = variantId != null
                ? variantId
                : page.product().variants().isEmpty()
                        ? null
                        : page.product().variants().get(0).id();
        try {
            Orders.Placed placed = orders.place(new OrderInput(List.of(new OrderInput.Line(variant, quantity)), buyerName,
                    buyerPhone, deliveryProvince, deliveryCommune, pickup, address, note));
            return "redirect:" + links.orderPage(placed.code(), placed.key(), StorefrontController.lang(locale));
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("variantId", variant);
            form.put("quantity", quantity);
            form.put("buyerName", buyerName);
            form.put("buyerPhone", buyerPhone);
            form.put("receive", receive);
            form.put("deliveryProvince", deliveryProvince);
            form.put("deliveryCommune", deliveryCommune);
            form.put("address", address);
            form.put("note", note);
            model.addAttribute("form", form);
            pages.productModel(storefront.product(id), locale, model);
            return "market/product";
        }
    }

    @GetMapping({"/cho-so/don-hang/{code}", "/en/market/orders/{code}"})
    String order(@PathVariable String code, @RequestParam(name = "k", required = false) String key, Locale locale,
            Model model) {
        Orders.ForBuyer o = orders.forBuyer(code, key);
        model.addAttribute("o", o);
        if (o.payload() != null) {
            model.addAttribute("qr", QrSvg.of(o.payload()).svg());
            model.addAttribute("qrPng", links.qrPng(o.order().code(), key));
        }
        StorefrontController.alternates(model, links.orderPage(o.order().code(), key, "vi"),
                links.orderPage(o.order().code(), key, "en"), StorefrontController.lang(locale));
        model.addAttribute("pageStyles", List.of("/css/market.css"));
        model.addAttribute("noIndex", true);
        return "market/order";
    }

    @GetMapping("/cho-so/don-hang/{code}/vietqr.png")
    ResponseEntity<byte[]> qrPng(@PathVariable String code, @RequestParam(name = "k", required = false) String key) {
        Orders.ForBuyer o = orders.forBuyer(code, key);
        if (o.payload() == null) {
            throw DomainException.notFound("market.order.paid");
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("vietqr-" + o.order().code() + ".png").build().toString())
                .body(png(o.payload(), 8));
    }

    @GetMapping({"/cho-so/don-hang", "/en/market/orders"})
    String trackForm(Locale locale, Model model) {
        StorefrontController.alternates(model, links.track("vi"), links.track("en"), StorefrontController.lang(locale));
        model.addAttribute("pageStyles", List.of("/css/market.css"));
        return "market/track";
    }

    /** Her order's page when code and phone match; otherwise the form again with the refusal (nothing else is told). */
    @PostMapping({"/cho-so/don-hang", "/en/market/orders"})
    String track(@RequestParam(required = false) String code, @RequestParam(required = false) String phone, Locale locale,
            Model model) {
        String lang = StorefrontController.lang(locale);
        try {
            String key = orders.keyOf(code, phone);
            return "redirect:" + links.orderPage(code.strip().toUpperCase(), key, lang);
        } catch (DomainException e) {
            Outcome.errors(model, messages.all(e));
            return trackForm(locale, model);
        }
    }

    /** The QR code as a black-on-white PNG, {@code scale} pixels a module, with the 4-module quiet zone. */
    static byte[] png(String text, int scale) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int quiet = 4;
        int size = (qr.size + 2 * quiet) * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean dark = qr.getModule(x / scale - quiet, y / scale - quiet);
                image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
