-- Chợ số, the women's digital market (module market): members' shops and their products, the buyers'
-- orders paid by each seller's own VietQR code, officers' approvals, buyers' reports of a listing, and the
-- bank list the VietQR codes name.

-- The bank list: reference data with its source and date. Each replacement of the list by a national
-- administrator is a new market_bank_list row; market_bank holds the list in force.
CREATE TABLE market_bank_list (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source    text   NOT NULL CHECK (length(source) BETWEEN 1 AND 500),
    as_of     date   NOT NULL,
    banks     int    NOT NULL CHECK (banks >= 1),
    loaded_by text   NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE market_bank (
    bin        text   PRIMARY KEY CHECK (bin ~ '^[0-9]{6}$'),
    short_name text   NOT NULL CHECK (length(short_name) BETWEEN 1 AND 100),
    note       text   NOT NULL DEFAULT '' CHECK (length(note) <= 500),
    list_id    bigint NOT NULL REFERENCES market_bank_list
);

-- A shop (cửa hàng): a member's own, a women's group's (Tổ Phụ nữ kinh doanh số) or a women-managed
-- cooperative's (HTX). unit_id is the opener's unit (her branch or commune), commune_id and province_id
-- its commune and province in the tree; officers reach a shop through unit_id's path.
CREATE TABLE market_shop (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind           text   NOT NULL CHECK (kind IN ('MEMBER', 'GROUP', 'COOPERATIVE')),
    name           text   NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    story          text   CHECK (length(story) <= 5000),
    unit_id        bigint NOT NULL REFERENCES org_unit,
    commune_id     bigint NOT NULL REFERENCES org_unit,
    province_id    bigint NOT NULL REFERENCES org_unit,
    phone          text   NOT NULL CHECK (phone ~ '^0[0-9]{9}$'),
    bank_bin       text   NOT NULL CHECK (bank_bin ~ '^[0-9]{6}$'),
    bank_account   text   NOT NULL CHECK (bank_account ~ '^[A-Za-z0-9]{1,19}$'),
    account_holder text   NOT NULL CHECK (account_holder ~ '^[A-Z][A-Z ]{0,59}$'),
    bank_service   text   NOT NULL CHECK (bank_service IN ('ACCOUNT', 'CARD')),
    status         text   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED', 'HIDDEN')),
    status_reason  text   CHECK (length(status_reason) <= 1000),
    status_by      text,
    status_at      timestamptz,
    approved_at    timestamptz,
    created_by     bigint NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        int    NOT NULL DEFAULT 0,
    CHECK (status <> 'HIDDEN' OR status_reason IS NOT NULL)
);
CREATE INDEX market_shop_unit ON market_shop (unit_id, id);
CREATE INDEX market_shop_commune ON market_shop (commune_id, status);

-- Who manages a shop: its owner and, for a group or a cooperative, other members who joined with a code.
CREATE TABLE market_shop_manager (
    shop_id   bigint NOT NULL REFERENCES market_shop,
    member_id bigint NOT NULL,
    role      text   NOT NULL CHECK (role IN ('OWNER', 'MANAGER')),
    added_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (shop_id, member_id)
);
CREATE INDEX market_shop_manager_member ON market_shop_manager (member_id, shop_id);

-- A one-time code an owner gives another member so that she becomes a manager of the shop.
CREATE TABLE market_shop_invite (
    code       text   PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{8}$'),
    shop_id    bigint NOT NULL REFERENCES market_shop,
    created_by bigint NOT NULL,
    expires_at timestamptz NOT NULL,
    used_by    bigint,
    used_at    timestamptz
);

-- Where a shop delivers: subtrees of the tree (a commune, a province, the whole country).
CREATE TABLE market_shop_area (
    shop_id bigint NOT NULL REFERENCES market_shop,
    unit_id bigint NOT NULL REFERENCES org_unit,
    PRIMARY KEY (shop_id, unit_id)
);

-- Where a buyer may collect her order (the branch's meeting place, the shop). Orders keep the point they
-- named, so a point taken off the shop's list is only made inactive.
CREATE TABLE market_pickup (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id bigint NOT NULL REFERENCES market_shop,
    label   text   NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
    active  boolean NOT NULL DEFAULT true
);
CREATE INDEX market_pickup_shop ON market_pickup (shop_id, id);

-- A product, its texts in Vietnamese and English (English optional), its OCOP rating (Decision 148/QĐ-TTg
-- of 2023: 3 to 5 stars, valid three years). price is the lowest price of its variants, kept by the
-- application; commune_id, province_id and listed (a published product of a published shop) are kept by
-- the triggers below, so the public catalogue reads one table.
CREATE TABLE market_product (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id        bigint NOT NULL REFERENCES market_shop,
    name_vi        text   NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 150),
    name_en        text   CHECK (length(name_en) BETWEEN 1 AND 150),
    description_vi text   CHECK (length(description_vi) <= 5000),
    description_en text   CHECK (length(description_en) <= 5000),
    unit_vi        text   NOT NULL CHECK (length(unit_vi) BETWEEN 1 AND 40),
    unit_en        text   CHECK (length(unit_en) BETWEEN 1 AND 40),
    net_quantity   text   CHECK (length(net_quantity) <= 40),
    category       text   NOT NULL,
    price          bigint NOT NULL CHECK (price > 0),
    made_to_order  boolean NOT NULL DEFAULT false,
    origin_unit_id bigint REFERENCES org_unit,
    lot            text   CHECK (length(lot) <= 60),
    trace_url      text   CHECK (trace_url ~ '^https://' AND length(trace_url) <= 500),
    ocop_stars     smallint CHECK (ocop_stars IN (3, 4, 5)),
    ocop_decision  text   CHECK (length(ocop_decision) <= 60),
    ocop_date      date,
    ocop_authority text   CHECK (length(ocop_authority) <= 200),
    ocop_expires   date,
    status         text   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'PUBLISHED', 'HIDDEN')),
    status_reason  text   CHECK (length(status_reason) <= 1000),
    status_by      text,
    status_at      timestamptz,
    approved_at    timestamptz,
    commune_id     bigint NOT NULL,
    province_id    bigint NOT NULL,
    listed         boolean NOT NULL DEFAULT false,
    search_text    text GENERATED ALWAYS AS (hoiso_fold(name_vi || ' ' || coalesce(name_en, ''))) STORED,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        int    NOT NULL DEFAULT 0,
    CHECK (status <> 'HIDDEN' OR status_reason IS NOT NULL),
    CHECK ((ocop_stars IS NULL) = (ocop_decision IS NULL) AND (ocop_stars IS NULL) = (ocop_date IS NULL)
           AND (ocop_stars IS NULL) = (ocop_authority IS NULL) AND (ocop_stars IS NULL) = (ocop_expires IS NULL))
);
CREATE INDEX market_product_shop ON market_product (shop_id, id);
-- The catalogue: newest first, within a province or a commune, or by words (trigrams of the folded names,
-- with the province sharing the GIN index through btree_gin).
CREATE INDEX market_product_listed ON market_product (id DESC) WHERE listed;
CREATE INDEX market_product_listed_province ON market_product (province_id, id DESC) WHERE listed;
CREATE INDEX market_product_listed_commune ON market_product (commune_id, id DESC) WHERE listed;
CREATE INDEX market_product_listed_trgm ON market_product USING gin (province_id, search_text gin_trgm_ops) WHERE listed;

CREATE FUNCTION market_product_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT s.commune_id, s.province_id, NEW.status = 'PUBLISHED' AND s.status = 'PUBLISHED'
      INTO NEW.commune_id, NEW.province_id, NEW.listed
      FROM market_shop s WHERE s.id = NEW.shop_id;
    RETURN NEW;
END $$;
CREATE TRIGGER market_product_listing BEFORE INSERT OR UPDATE OF status, shop_id ON market_product
    FOR EACH ROW EXECUTE FUNCTION market_product_listing();

CREATE FUNCTION market_shop_listing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE market_product p SET listed = (p.status = 'PUBLISHED' AND NEW.status = 'PUBLISHED')
     WHERE p.shop_id = NEW.id AND p.listed IS DISTINCT FROM (p.status = 'PUBLISHED' AND NEW.status = 'PUBLISHED');
    RETURN NULL;
END $$;
CREATE TRIGGER market_shop_listing AFTER UPDATE OF status ON market_shop
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status) EXECUTE FUNCTION market_shop_listing();

-- Up to ten variants of a product (one with no name when there is only one). stock NULL: made to order.
-- Orders reserve stock with one conditional UPDATE (stock = stock - q WHERE stock >= q). A variant taken off
-- the product stays for the orders that name it, inactive.
CREATE TABLE market_variant (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES market_product,
    position   int    NOT NULL,
    name_vi    text   CHECK (length(name_vi) BETWEEN 1 AND 80),
    name_en    text   CHECK (length(name_en) BETWEEN 1 AND 80),
    price      bigint NOT NULL CHECK (price > 0),
    stock      int    CHECK (stock >= 0),
    active     boolean NOT NULL DEFAULT true
);
CREATE INDEX market_variant_product ON market_variant (product_id, position);

-- Photos of a shop (product_id NULL) or a product, as the server re-encoded them: a JPEG of at most
-- hoiso.market.photo-size pixels a side and a thumbnail. The uploaded bytes are not kept (nor their EXIF data).
CREATE TABLE market_photo (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id    bigint NOT NULL REFERENCES market_shop,
    product_id bigint REFERENCES market_product,
    position   int    NOT NULL,
    width      int    NOT NULL,
    height     int    NOT NULL,
    image      bytea  NOT NULL,
    thumb      bytea  NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX market_photo_product ON market_photo (product_id, position) WHERE product_id IS NOT NULL;
CREATE INDEX market_photo_shop ON market_photo (shop_id, position) WHERE product_id IS NULL;

-- An order of a buyer without an account, from one shop. access_key is the secret of the order's page; the
-- buyer finds it again with the code and her phone. Each step is a market_order_event (who, when, why).
CREATE TABLE market_order (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code             text   NOT NULL UNIQUE CHECK (code ~ '^CS[A-Z0-9]{8}$'),
    access_key       text   NOT NULL,
    shop_id          bigint NOT NULL REFERENCES market_shop,
    buyer_name       text   NOT NULL CHECK (length(buyer_name) BETWEEN 1 AND 100),
    buyer_phone      text   NOT NULL CHECK (buyer_phone ~ '^0[0-9]{9}$'),
    delivery_unit_id bigint REFERENCES org_unit,
    pickup_id        bigint REFERENCES market_pickup,
    address          text   CHECK (length(address) <= 300),
    note             text   CHECK (length(note) <= 1000),
    total            bigint NOT NULL CHECK (total > 0),
    status           text   NOT NULL DEFAULT 'PLACED' CHECK (status IN ('PLACED', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    paid_at          timestamptz,
    shipped_at       timestamptz,
    delivered_at     timestamptz,
    cancelled_at     timestamptz,
    cancel_reason    text   CHECK (length(cancel_reason) <= 500),
    created_at       timestamptz NOT NULL DEFAULT now(),
    version          int    NOT NULL DEFAULT 0,
    CHECK ((delivery_unit_id IS NULL) <> (pickup_id IS NULL)),
    CHECK (status <> 'CANCELLED' OR cancel_reason IS NOT NULL)
);
CREATE INDEX market_order_shop ON market_order (shop_id, id DESC);
CREATE INDEX market_order_delivered ON market_order (delivered_at) WHERE status = 'DELIVERED';

CREATE TABLE market_order_line (
    order_id   bigint NOT NULL REFERENCES market_order,
    line       int    NOT NULL,
    product_id bigint NOT NULL REFERENCES market_product,
    variant_id bigint NOT NULL REFERENCES market_variant,
    name       text   NOT NULL,
    quantity   int    NOT NULL CHECK (quantity BETWEEN 1 AND 1000),
    unit_price bigint NOT NULL CHECK (unit_price > 0),
    PRIMARY KEY (order_id, line)
);
CREATE INDEX market_order_line_variant ON market_order_line (variant_id);

CREATE TABLE market_order_event (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES market_order,
    status   text   NOT NULL,
    paid     boolean NOT NULL DEFAULT false,
    reason   text,
    actor    text   NOT NULL,
    at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX market_order_event_order ON market_order_event (order_id, id);

-- Officers' decisions on shops and products (approve, hide with a reason) and sellers' resubmissions.
CREATE TABLE market_review (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id    bigint NOT NULL REFERENCES market_shop,
    product_id bigint REFERENCES market_product,
    step       text   NOT NULL CHECK (step IN ('APPROVE', 'HIDE', 'RESUBMIT')),
    reason     text,
    actor      text   NOT NULL,
    at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX market_review_shop ON market_review (shop_id, id);

-- A buyer's report of a listing (a suspected scam, a fake or forbidden product, wrong information). Anonymous:
-- no reporter's data is asked. Officers of the shop's subtree close it; the safety module will be told.
CREATE TABLE market_listing_report (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    shop_id    bigint NOT NULL REFERENCES market_shop,
    product_id bigint REFERENCES market_product,
    reason     text   NOT NULL CHECK (reason IN ('SCAM', 'FAKE', 'FORBIDDEN', 'WRONG_INFO', 'OTHER')),
    note       text   CHECK (length(note) <= 1000),
    created_at timestamptz NOT NULL DEFAULT now(),
    closed_at  timestamptz,
    closed_by  text,
    outcome    text   CHECK (length(outcome) <= 1000)
);
CREATE INDEX market_listing_report_open ON market_listing_report (shop_id) WHERE closed_at IS NULL;

-- The list shipped with hoiso (src/main/resources/market/banks.csv; see market/SOURCES.md).
INSERT INTO market_bank_list (source, as_of, banks, loaded_by) VALUES
    ('hoiso market/banks.csv, from the shared VietQR data (public lists: Odoo Vietnamese localisation, public VietQR bank lists)',
     DATE '2026-12-03', 64, 'hoiso');
INSERT INTO market_bank (bin, short_name, note, list_id)
SELECT b.bin, b.short_name, b.note, l.id
  FROM (VALUES
    ('970400', 'SAIGONBANK', ''),
    ('970403', 'Sacombank', ''),
    ('970405', 'Agribank', ''),
    ('970406', 'DongA Bank', ''),
    ('970407', 'Techcombank', ''),
    ('970408', 'GPBank', ''),
    ('970409', 'Bac A Bank', ''),
    ('970410', 'Standard Chartered VN', ''),
    ('970412', 'PVcomBank', ''),
    ('970414', 'OceanBank', ''),
    ('970415', 'VietinBank', ''),
    ('970416', 'ACB', ''),
    ('970418', 'BIDV', ''),
    ('970419', 'NCB', ''),
    ('970421', 'VRB', ''),
    ('970422', 'MB', ''),
    ('970423', 'TPBank', ''),
    ('970424', 'Shinhan Bank VN', ''),
    ('970425', 'ABBANK', ''),
    ('970426', 'MSB', ''),
    ('970427', 'VietABank', ''),
    ('970428', 'Nam A Bank', ''),
    ('970429', 'SCB', ''),
    ('970430', 'PG Bank', ''),
    ('970431', 'Eximbank', ''),
    ('970432', 'VPBank', ''),
    ('970433', 'VietBank', ''),
    ('970434', 'Indovina Bank', ''),
    ('970436', 'Vietcombank', ''),
    ('970437', 'HDBank', ''),
    ('970438', 'BaoViet Bank', ''),
    ('970439', 'Public Bank VN', ''),
    ('970440', 'SeABank', ''),
    ('970441', 'VIB', ''),
    ('970442', 'Hong Leong Bank VN', ''),
    ('970443', 'SHB', ''),
    ('970444', 'CB Bank', ''),
    ('970446', 'Co-opBank', ''),
    ('970448', 'OCB', ''),
    ('970449', 'LPBank', ''),
    ('970452', 'KienlongBank', ''),
    ('970454', 'BVBank (Viet Capital)', ''),
    ('970455', 'IBK Hanoi', ''),
    ('970456', 'IBK HCMC', ''),
    ('970457', 'Woori Bank VN', ''),
    ('970458', 'UOB VN', ''),
    ('970459', 'CIMB VN', 'one public list gives 422589 for CIMB: keep both until checked with NAPAS'),
    ('422589', 'CIMB VN', 'see 970459'),
    ('970460', 'Vicem Finance', 'finance company'),
    ('970462', 'Kookmin Hanoi', ''),
    ('970463', 'Kookmin HCMC', ''),
    ('970464', 'CCF (FCCOM)', 'finance company'),
    ('970465', 'SinoPac HCMC', ''),
    ('970466', 'KEB Hana HCMC', ''),
    ('970467', 'KEB Hana Hanoi', ''),
    ('970468', 'Mirae Asset Finance', 'finance company'),
    ('970469', 'EVN Finance', 'finance company'),
    ('970470', 'MB Shinsei Finance', 'finance company'),
    ('546034', 'CAKE by VPBank', 'digital bank: BIN outside 9704'),
    ('546035', 'Ubank by VPBank', 'digital bank: BIN outside 9704'),
    ('668888', 'KBank VN', 'BIN outside 9704'),
    ('796500', 'DBS Bank HCMC', 'BIN outside 9704'),
    ('458761', 'HSBC VN', 'BIN outside 9704'),
    ('801011', 'Nonghyup Bank Hanoi', 'BIN outside 9704')
  ) AS b(bin, short_name, note), market_bank_list l;
