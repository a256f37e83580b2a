-- "Chợ số" results computed by the market module (module market answers the keys through IndicatorSource):
-- shops and products listed, OCOP products, orders completed and their value. They fill the six-monthly
-- form's section III (digital transformation) next to "members helped to sell on e-commerce platforms",
-- which stays typed: help given for other platforms is not in hoiso. "Difficulties" moves after them.
INSERT INTO rpt_indicator (code, name_vi, name_en, description_vi, description_en, value_type, aggregation, dimension_code, source, computed_key, unit_vi, unit_en) VALUES
('MARKET_SHOPS_ACTIVE', 'Số cửa hàng của hội viên đang bán trên Chợ số', 'Members'' shops selling in the digital market',
 'Cửa hàng đã được duyệt, đang hiển thị vào ngày cuối kỳ, của hội viên thuộc đơn vị.', 'Shops approved and shown on the last day of the period, of the unit''s members.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'market.shopsActive', 'cửa hàng', 'shops'),
('MARKET_PRODUCTS_LISTED', 'Số sản phẩm đang bán trên Chợ số', 'Products listed in the digital market',
 'Sản phẩm đã được duyệt, đang hiển thị vào ngày cuối kỳ, của các cửa hàng thuộc đơn vị.', 'Products approved and shown on the last day of the period, of the unit''s shops.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'market.productsListed', 'sản phẩm', 'products'),
('MARKET_OCOP_PRODUCTS', 'Số sản phẩm OCOP đang bán trên Chợ số', 'OCOP products listed in the digital market',
 'Sản phẩm đang hiển thị có chứng nhận OCOP (3 đến 5 sao) còn hiệu lực vào ngày cuối kỳ.', 'Listed products with an OCOP rating (3 to 5 stars) valid on the last day of the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'market.ocopProducts', 'sản phẩm', 'products'),
('MARKET_ORDERS_COMPLETED', 'Số đơn hàng Chợ số đã giao thành công trong kỳ', 'Digital-market orders delivered in the period',
 'Đơn hàng của các cửa hàng thuộc đơn vị được người bán xác nhận đã giao trong kỳ.', 'Orders of the unit''s shops that the seller marked delivered during the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'market.ordersCompleted', 'đơn hàng', 'orders'),
('MARKET_SALES_VALUE', 'Doanh số Chợ số trong kỳ', 'Digital-market sales in the period',
 'Tổng giá trị các đơn hàng đã giao trong kỳ của các cửa hàng thuộc đơn vị.', 'Total value of the orders of the unit''s shops delivered during the period.',
 'INTEGER', 'SUM', NULL, 'COMPUTED', 'market.salesValue', 'đồng', 'VND');

UPDATE rpt_form_item SET position = 16
 WHERE form_id = (SELECT id FROM rpt_form WHERE code = 'PT_6THANG')
   AND indicator_id = (SELECT id FROM rpt_indicator WHERE code = 'DIFFICULTIES');

INSERT INTO rpt_form_item (form_id, indicator_id, periodicity, position, section_vi, section_en, required)
SELECT f.id, i.id, f.periodicity, x.position, 'III. Chuyển đổi số', 'III. Digital transformation', false
  FROM (VALUES ('MARKET_SHOPS_ACTIVE', 11), ('MARKET_PRODUCTS_LISTED', 12), ('MARKET_OCOP_PRODUCTS', 13),
               ('MARKET_ORDERS_COMPLETED', 14), ('MARKET_SALES_VALUE', 15)) AS x(code, position)
  JOIN rpt_form f ON f.code = 'PT_6THANG'
  JOIN rpt_indicator i ON i.code = x.code;
