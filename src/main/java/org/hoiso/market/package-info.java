/**
 * Chợ số, the women's digital market: members' shops and products, a public catalogue in Vietnamese and
 * English, buyers' orders paid by each seller's own VietQR code (no gateway), and the results the Union
 * reports. Sellers are members (no second registration); officers approve and hide along the tree.
 *
 * <h2>Data (migration {@code db/migration/market/V80__market.sql})</h2>
 * <ul>
 * <li>{@code market_bank_list}, {@code market_bank}: the bank list (BIN, short name) with its source and date;
 * a national administrator replaces it ({@link org.hoiso.market.Banks}). A BIN is valid when it is six digits
 * present in the list.</li>
 * <li>{@code market_shop}: a member's, a group's (Tổ Phụ nữ kinh doanh số) or a cooperative's (HTX) shop:
 * name, story, the opener's unit with its commune and province, phone (masked until an order), bank
 * account for VietQR (BIN, account or card number, holder in ASCII); {@code market_shop_manager} (owner and
 * managers, members who joined with a one-time {@code market_shop_invite} code); {@code market_shop_area}
 * (delivery areas: subtrees of the tree); {@code market_pickup} (pickup points); {@code market_photo}
 * (server-made JPEGs and thumbnails of shop and product photos).</li>
 * <li>{@code market_product} (texts in Vietnamese and optional English, category, unit and net quantity,
 * origin commune, lot, traceability link, OCOP rating with decision, date, authority and expiry) and its
 * {@code market_variant}s (up to ten; price in whole dong; stock, or none when made to order). The
 * triggers keep {@code listed} (published product of a published shop), its commune and province, and a
 * folded search text with trigram indexes, so the public catalogue reads one table.</li>
 * <li>{@code market_order} (buyer without an account: name, phone, delivery commune or pickup point),
 * {@code market_order_line}, {@code market_order_event} (each step: who, when, why);
 * {@code market_review} (approvals, hides, resubmissions); {@code market_listing_report} (buyers'
 * reports of a listing, anonymous).</li>
 * </ul>
 *
 * <h2>Rules, each in one place</h2>
 * {@link org.hoiso.market.ListingStep} (pending → published / hidden with a reason → pending again when
 * the seller edits; a new bank account sends a shop back for approval), {@link org.hoiso.market.OrderStep}
 * (placed → paid / shipped → delivered; cancelled with a reason before shipping; stock given back),
 * {@link org.hoiso.market.ShopRules} and {@link org.hoiso.market.ProductRules} (every bad input named, nothing
 * written), {@link org.hoiso.market.Photos} (JPEG or PNG by their bytes, pixels counted from the header
 * before decoding, re-encoded as JPEG). Stock is reserved by one conditional {@code UPDATE}.
 *
 * <h2>Pages</h2>
 * Public, no login, server-rendered, Vietnamese at {@code /cho-so/**} and English at {@code /en/market/**}
 * (hreflang between them): the catalogue with search without diacritics and filters (province, commune,
 * category, OCOP stars, price, delivers to my commune), product pages with schema.org JSON-LD and the order
 * form, shop pages, "Buy from the Union" ({@code /cho-so/don-vi/{id}}), the order page with its VietQR
 * (SVG, PNG) and order tracking; {@code /sitemap.xml}; Google Merchant feeds, one per language. Sellers at
 * {@code /me/shops/**} (phone first); officers at {@code /market/**}; the bank list at
 * {@code /admin/market/banks}.
 *
 * <h2>API</h2>
 * {@code /api/v1/market}: public catalogue reads, orders and reports of listings; {@code my/**} for sellers;
 * {@code review/**} for officers; {@code banks}. {@code POST /api/v1/vietqr/decode} checks any VietQR text.
 *
 * <h2>Access</h2>
 * A seller reaches only the shops she manages (SQL joins {@code market_shop_manager} on her member id).
 * Officers reach shops whose unit is in their subtree ({@code OrgUnits.readable}); approving and hiding need
 * {@code OrgUnits.writable} on the shop's commune. Buyers' names and phones are seen only by that shop's
 * managers (masked in lists, in full on the order, each read audited); officers never see buyers' data, not
 * even for a report of abuse: a report names the listing, and any case work about people belongs to the
 * safety module's confidential process. Everything public shows only listed shops and products, never a
 * manager's name.
 *
 * <h2>Results</h2>
 * {@link org.hoiso.market.MarketIndicators} answers five computed indicators of the six-monthly form (added
 * to the catalogue by {@code reporting/V81__market_indicators.sql}); the dashboard's map shows sales by
 * province through {@code reporting.Aggregates}, without depending on this module. A buyer's report publishes
 * {@link org.hoiso.market.ListingReported} for the safety module.
 *
 * <h2>Tests</h2>
 * Pure rules table-driven ({@code *RulesTest}, {@code OrderStepTest}, {@code ListingStepTest},
 * {@code PhotosTest}); integration tests per story against PostgreSQL; parallel orders over HTTP against the
 * real server; every endpoint in {@code OtherUnitGetsNothingIT}; the issue's journey in
 * {@code MarketBrowserTest} at 360 px; {@code MarketBenchmark} in the bench profile.
 */
@ApplicationModule(allowedDependencies = {"platform", "orgunit", "member"})
package org.hoiso.market;

import org.springframework.modulith.ApplicationModule;
