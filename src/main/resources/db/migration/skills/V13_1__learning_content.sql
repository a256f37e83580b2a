-- Seed courses of "Bình dân học vụ số": short, practical lessons for members on a cheap phone.
-- Written from the public guidance of the Ministry of Public Security (VNeID, scam warnings), the State
-- Bank (safe e-wallets) and the National Public Service Portal. Editable by administrators in hoiso.

INSERT INTO course (code, title_vi, title_en, summary_vi, summary_en, position) VALUES
('VNEID', 'Kích hoạt và dùng tài khoản định danh điện tử VNeID', 'Activating and using a VNeID e-identity account',
 'Cài ứng dụng VNeID, kích hoạt tài khoản mức 2 và dùng giấy tờ trên điện thoại.', 'Install VNeID, activate a level-2 account and use your papers on the phone.', 1),
('EWALLET', 'Dùng ví điện tử an toàn', 'Using an e-wallet safely',
 'Mở ví điện tử của tổ chức được cấp phép, thanh toán bằng mã QR và giữ tiền an toàn.', 'Open a licensed e-wallet, pay by QR code and keep your money safe.', 2),
('SCAMS', 'Nhận biết và phòng tránh lừa đảo trên mạng', 'Recognising and avoiding online scams',
 'Các thủ đoạn lừa đảo thường gặp: giả danh công an, phí giao hàng, đầu tư, việc nhẹ lương cao.', 'Common scams: fake police calls, fake delivery fees, investment and job scams.', 3),
('ONLINE_SELLING', 'Bán hàng trên sàn thương mại điện tử', 'Selling on an e-commerce platform',
 'Mở gian hàng, chụp ảnh sản phẩm, viết mô tả và giao hàng cho khách ở xa.', 'Open a shop, photograph products, write descriptions and ship to distant buyers.', 4),
('PUBLIC_SERVICES', 'Dịch vụ công trực tuyến', 'Online public services',
 'Nộp hồ sơ và theo dõi kết quả trên Cổng Dịch vụ công quốc gia mà không phải đến trụ sở.', 'Submit and track applications on the National Public Service Portal without going to an office.', 5);

INSERT INTO lesson (course_id, position, title_vi, title_en, body_vi, body_en, video_url)
SELECT c.id, x.position, x.title_vi, x.title_en, x.body_vi, x.body_en, NULL
  FROM (VALUES
('VNEID', 1, 'Cài đặt VNeID và đăng ký tài khoản', 'Installing VNeID and registering',
'Ứng dụng **VNeID** do Bộ Công an phát hành, miễn phí. Chỉ tải từ **CH Play** (Android) hoặc **App Store** (iPhone), nhà phát hành là *Trung tâm dữ liệu quốc gia về dân cư*.

## Các bước
- Mở kho ứng dụng, tìm "VNeID", kiểm tra đúng nhà phát hành rồi bấm **Cài đặt**.
- Mở ứng dụng, chọn **Đăng ký**, nhập số định danh cá nhân (12 số trên căn cước) và số điện thoại chính chủ.
- Nhập mã OTP gửi về điện thoại. Không đọc mã này cho bất kỳ ai.

**Lưu ý:** cán bộ không bao giờ gọi điện xin mã OTP hay mật khẩu VNeID của chị.',
'**VNeID** is the free app of the Ministry of Public Security. Only install it from **Google Play** or the **App Store**; the publisher is the *National Population Data Centre*.

## Steps
- Open the app store, search "VNeID", check the publisher and tap **Install**.
- Open the app, choose **Register**, type your personal identification number (12 digits on your ID card) and your own phone number.
- Type the OTP code sent to your phone. Never read this code to anyone.

**Note:** no official will ever call to ask for your OTP or your VNeID password.'),
('VNEID', 2, 'Kích hoạt tài khoản mức 2 và dùng giấy tờ điện tử', 'Activating level 2 and using electronic papers',
'Tài khoản **mức 2** dùng được thay căn cước và nhiều giấy tờ khác (giấy phép lái xe, thẻ bảo hiểm y tế).

## Kích hoạt
- Mang căn cước đến công an xã, phường nơi chị ở để được chụp ảnh và xác thực.
- Khi nhận tin nhắn báo đã duyệt, mở VNeID, chọn **Kích hoạt tài khoản** và đặt mật khẩu, mã bảo vệ.

## Dùng hằng ngày
- Vào **Ví giấy tờ** để xuất trình căn cước, giấy phép lái xe khi được yêu cầu.
- Dùng **Dịch vụ công** trong ứng dụng để nộp hồ sơ mà không cần đến trụ sở.',
'A **level-2** account can stand in for your ID card and several other papers (driving licence, health insurance card).

## Activation
- Take your ID card to the police of your commune or ward to be photographed and verified.
- When a message says it is approved, open VNeID, choose **Activate account** and set a password and a PIN.

## Every day
- Open the **Document wallet** to show your ID card or driving licence when asked.
- Use **Public services** in the app to apply without going to an office.'),
('EWALLET', 1, 'Chọn và mở ví điện tử', 'Choosing and opening an e-wallet',
'Chỉ dùng ví điện tử của tổ chức được **Ngân hàng Nhà nước cấp phép** (danh sách có trên trang sbv.gov.vn).

## Mở ví
- Tải ứng dụng ví từ kho ứng dụng chính thức.
- Đăng ký bằng số điện thoại chính chủ, xác thực bằng căn cước gắn chip hoặc VNeID.
- Liên kết ví với tài khoản ngân hàng **đứng tên chị**.

**Không** mở ví hộ người khác, không cho mượn hay bán tài khoản ví: kẻ gian dùng ví đó để nhận tiền lừa đảo.',
'Only use an e-wallet of an organisation **licensed by the State Bank of Vietnam** (the list is on sbv.gov.vn).

## Opening one
- Install the wallet app from the official app store.
- Register with your own phone number, verify with your chip ID card or VNeID.
- Link the wallet to a bank account **in your own name**.

**Never** open a wallet for someone else, lend it or sell it: criminals use such wallets to receive stolen money.'),
('EWALLET', 2, 'Thanh toán bằng mã QR và giữ tiền an toàn', 'Paying by QR code and keeping money safe',
'## Thanh toán
- Quét mã QR của cửa hàng, **kiểm tra tên người nhận** trước khi bấm xác nhận.
- Lưu lại biên lai trong ứng dụng.

## Giữ an toàn
- Đặt mật khẩu và mã PIN riêng, không dùng ngày sinh.
- Bật xác thực bằng vân tay hoặc khuôn mặt.
- Không bấm vào đường link lạ gửi qua tin nhắn, Zalo, Facebook.
- Mất điện thoại: gọi ngay tổng đài ví để khóa tài khoản.',
'## Paying
- Scan the shop''s QR code and **check the payee''s name** before confirming.
- Keep the receipt in the app.

## Staying safe
- Set your own password and PIN; never your birth date.
- Turn on fingerprint or face confirmation.
- Do not tap unknown links sent by SMS, Zalo or Facebook.
- Lost phone: call the wallet''s hotline at once to lock the account.'),
('SCAMS', 1, 'Giả danh công an, tòa án và phí giao hàng', 'Fake police, fake courts and fake delivery fees',
'## Giả danh công an, viện kiểm sát, tòa án
Kẻ gian gọi điện báo chị "liên quan vụ án", đòi chuyển tiền vào "tài khoản tạm giữ" hoặc cài ứng dụng lạ.
- Cơ quan nhà nước **không làm việc qua điện thoại** và **không yêu cầu chuyển tiền**.
- Tắt máy, báo công an xã, phường hoặc gọi **113**.

## Phí giao hàng giả
Người lạ gọi báo có "đơn hàng" hoặc "quà tặng", đòi chuyển khoản trước phí giao hoặc bấm link để "xác nhận".
- Chỉ trả tiền khi nhận hàng, với đơn chị đã đặt.
- Không đọc mã OTP, không bấm link lạ.',
'## Fake police, prosecutors and courts
Criminals call to say you are "involved in a case" and demand money into a "holding account" or that you install an unknown app.
- Authorities **do not work by phone** and **never ask for money transfers**.
- Hang up, tell the commune or ward police or call **113**.

## Fake delivery fees
A stranger calls about a "parcel" or a "gift" and asks you to transfer the fee first or tap a link to "confirm".
- Only pay on delivery, for orders you placed.
- Never read out an OTP, never tap unknown links.'),
('SCAMS', 2, 'Lừa đầu tư và "việc nhẹ lương cao"', 'Investment scams and "easy job, high pay"',
'## Lừa đầu tư
Lời mời "đầu tư tiền ảo, chứng khoán, vàng" hứa lãi rất cao, mấy lần đầu trả lãi thật để chị nạp thêm tiền.
- Không có khoản đầu tư nào chắc chắn lãi cao và nhanh.
- Hỏi người thân, cán bộ hội trước khi bỏ tiền.

## "Việc nhẹ lương cao"
Tuyển "cộng tác viên" chốt đơn, thả tim, làm nhiệm vụ trên mạng; đòi nạp tiền để "nhận hoa hồng".
- Việc thật **không bắt người làm nộp tiền trước**.
- Đã chuyển tiền: giữ lại tin nhắn, biên lai và báo ngay công an.',
'## Investment scams
Offers to "invest in crypto, stocks or gold" promise very high returns, and pay out the first few times so you put in more.
- No investment is sure, high and fast.
- Ask family or a union officer before putting money in.

## "Easy job, high pay"
Recruiting "collaborators" to confirm orders, like posts or do online tasks; then asking for deposits to "unlock commissions".
- Real jobs **never make workers pay first**.
- Already paid: keep the messages and receipts and tell the police at once.'),
('ONLINE_SELLING', 1, 'Mở gian hàng và đăng sản phẩm', 'Opening a shop and listing products',
'## Mở gian hàng
- Đăng ký tài khoản người bán trên sàn (Shopee, Lazada, TikTok Shop, Postmart…) bằng số điện thoại và căn cước của chị.
- Điền tên gian hàng, địa chỉ lấy hàng, tài khoản ngân hàng nhận tiền đứng tên chị.

## Đăng sản phẩm
- Chụp ảnh nơi có ánh sáng tự nhiên, nền trơn, chụp nhiều góc.
- Mô tả rõ: nguồn gốc, khối lượng, hạn dùng, cách bảo quản.
- Đặt giá đã tính phí sàn và phí đóng gói.',
'## Opening a shop
- Register a seller account on a platform (Shopee, Lazada, TikTok Shop, Postmart…) with your phone number and ID card.
- Fill in the shop name, the pick-up address and a payout bank account in your own name.

## Listing products
- Photograph in daylight, on a plain background, from several angles.
- Describe clearly: origin, weight, expiry date, storage.
- Set a price that covers the platform fee and packing.'),
('ONLINE_SELLING', 2, 'Nhận đơn, đóng gói và giao hàng', 'Orders, packing and shipping',
'- Xác nhận đơn trong ngày, trả lời câu hỏi của khách lịch sự, nhanh chóng.
- Đóng gói chắc chắn; hàng nông sản, thực phẩm ghi rõ hạn dùng.
- In phiếu giao hàng từ sàn, giao cho đơn vị vận chuyển được sàn chỉ định.
- Tiền hàng về tài khoản của chị theo lịch của sàn; **không** nhận chuyển khoản riêng ngoài sàn từ người lạ.',
'- Confirm orders the same day; answer buyers politely and quickly.
- Pack firmly; for farm produce and food, write the expiry date.
- Print the shipping label from the platform and hand it to the carrier the platform names.
- Payment reaches your account on the platform''s schedule; **do not** accept private transfers outside the platform from strangers.'),
('PUBLIC_SERVICES', 1, 'Đăng nhập Cổng Dịch vụ công quốc gia', 'Signing in to the National Public Service Portal',
'- Mở trang **dichvucong.gov.vn** (kiểm tra đúng địa chỉ, có biểu tượng ổ khóa).
- Chọn **Đăng nhập**, đăng nhập bằng tài khoản **VNeID** mức 2 — không cần tạo tài khoản khác.
- Tìm thủ tục theo tên, ví dụ "đăng ký khai sinh", "cấp lại thẻ bảo hiểm y tế".',
'- Open **dichvucong.gov.vn** (check the address and the padlock).
- Choose **Sign in** and use your level-2 **VNeID** account — no other account is needed.
- Search the procedure by name, e.g. "birth registration", "health insurance card reissue".'),
('PUBLIC_SERVICES', 2, 'Nộp hồ sơ và theo dõi kết quả', 'Submitting and tracking an application',
'- Điền tờ khai trên màn hình; thông tin từ VNeID được điền sẵn, chị kiểm tra lại.
- Chụp rõ giấy tờ cần nộp, tải lên đúng mục.
- Nộp lệ phí trực tuyến nếu có, lưu mã hồ sơ.
- Theo dõi ở mục **Quản lý hồ sơ đã nộp**; kết quả có thể nhận tại nhà qua bưu điện.',
'- Fill in the form on screen; details from VNeID are pre-filled, check them.
- Photograph the required papers clearly and upload each in its place.
- Pay any fee online and keep the application number.
- Track it under **Applications submitted**; results can be delivered home by post.')
  ) AS x(course, position, title_vi, title_en, body_vi, body_en)
  JOIN course c ON c.code = x.course;

INSERT INTO quiz_question (lesson_id, position, question_vi, question_en, options_vi, options_en, correct)
SELECT l.id, x.position, x.q_vi, x.q_en, x.o_vi, x.o_en, x.correct
  FROM (VALUES
('VNEID', 1, 1, 'Chị nên tải ứng dụng VNeID từ đâu?', 'Where should you install VNeID from?',
 ARRAY['Đường link ai đó gửi qua Zalo', 'CH Play hoặc App Store, đúng nhà phát hành', 'Trang web bất kỳ có chữ VNeID'],
 ARRAY['A link someone sent on Zalo', 'Google Play or the App Store, from the right publisher', 'Any website with "VNeID" on it'], 1),
('VNEID', 1, 2, 'Một người gọi điện tự xưng cán bộ và xin mã OTP VNeID. Chị làm gì?', 'Someone calling as an official asks for your VNeID OTP. What do you do?',
 ARRAY['Đọc mã cho họ', 'Không đọc mã, tắt máy và báo công an', 'Gửi ảnh căn cước cho họ'],
 ARRAY['Read them the code', 'Do not give it; hang up and tell the police', 'Send them a photo of your ID card'], 1),
('VNEID', 2, 1, 'Muốn có tài khoản VNeID mức 2, chị cần:', 'To get a level-2 VNeID account you need to:',
 ARRAY['Đến công an xã, phường để được xác thực', 'Mua tài khoản trên mạng', 'Nhờ người khác đăng ký hộ'],
 ARRAY['Go to the commune or ward police to be verified', 'Buy an account online', 'Ask someone else to register for you'], 0),
('EWALLET', 1, 1, 'Ví điện tử nên liên kết với tài khoản ngân hàng của ai?', 'Whose bank account should the e-wallet be linked to?',
 ARRAY['Của bất kỳ ai', 'Đứng tên chính chị', 'Của người bán hàng'],
 ARRAY['Anyone''s', 'One in your own name', 'The seller''s'], 1),
('EWALLET', 2, 1, 'Trước khi xác nhận thanh toán bằng mã QR, chị kiểm tra gì?', 'What do you check before confirming a QR payment?',
 ARRAY['Tên người nhận và số tiền', 'Màu của mã QR', 'Không cần kiểm tra'],
 ARRAY['The payee''s name and the amount', 'The colour of the QR code', 'Nothing'], 0),
('SCAMS', 1, 1, 'Người gọi tự xưng công an, bảo chị chuyển tiền vào "tài khoản tạm giữ". Đó là:', 'A caller claiming to be police tells you to move money into a "holding account". It is:',
 ARRAY['Thủ tục bình thường', 'Lừa đảo', 'Yêu cầu của tòa án'],
 ARRAY['A normal procedure', 'A scam', 'A court order'], 1),
('SCAMS', 1, 2, 'Có người báo chị có quà tặng, cần chuyển trước phí giao hàng. Chị:', 'Someone says you have a gift and must pay the delivery fee first. You:',
 ARRAY['Chuyển tiền ngay', 'Bấm link để xác nhận', 'Không chuyển tiền, không bấm link'],
 ARRAY['Pay at once', 'Tap the link to confirm', 'Neither pay nor tap the link'], 2),
('SCAMS', 2, 1, 'Việc "làm nhiệm vụ nhận hoa hồng" đòi nạp tiền trước là:', 'A "do tasks, earn commission" job that asks for a deposit first is:',
 ARRAY['Việc làm thật', 'Dấu hiệu lừa đảo', 'Đầu tư an toàn'],
 ARRAY['A real job', 'A sign of a scam', 'A safe investment'], 1),
('ONLINE_SELLING', 1, 1, 'Ảnh sản phẩm nên chụp thế nào?', 'How should product photos be taken?',
 ARRAY['Trong tối, một góc', 'Ánh sáng tự nhiên, nền trơn, nhiều góc', 'Lấy ảnh trên mạng'],
 ARRAY['In the dark, one angle', 'Daylight, plain background, several angles', 'Take pictures from the internet'], 1),
('ONLINE_SELLING', 2, 1, 'Người lạ đề nghị chuyển khoản riêng ngoài sàn. Chị:', 'A stranger offers to pay you privately outside the platform. You:',
 ARRAY['Đồng ý', 'Chỉ nhận tiền qua sàn', 'Gửi hàng trước rồi chờ tiền'],
 ARRAY['Agree', 'Only take payment through the platform', 'Ship first and wait for the money'], 1),
('PUBLIC_SERVICES', 1, 1, 'Đăng nhập Cổng Dịch vụ công quốc gia bằng:', 'You sign in to the National Public Service Portal with:',
 ARRAY['Tài khoản VNeID mức 2', 'Mật khẩu Facebook', 'Không cần đăng nhập'],
 ARRAY['Your level-2 VNeID account', 'Your Facebook password', 'No sign-in is needed'], 0),
('PUBLIC_SERVICES', 2, 1, 'Sau khi nộp hồ sơ trực tuyến, chị nên:', 'After submitting online, you should:',
 ARRAY['Lưu mã hồ sơ và theo dõi kết quả', 'Nộp lại nhiều lần', 'Xóa ứng dụng'],
 ARRAY['Keep the application number and track it', 'Submit again and again', 'Delete the app'], 0)
  ) AS x(course, lesson_position, position, q_vi, q_en, o_vi, o_en, correct)
  JOIN course c ON c.code = x.course
  JOIN lesson l ON l.course_id = c.id AND l.position = x.lesson_position;
