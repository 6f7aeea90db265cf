<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>HĐND thành phố Hà Nội - Báo Lao động Thủ đô</title>
<meta name="description" content="Báo Lao động Thủ đô: tin tức thời sự, Hà Nội, lao động, việc làm">
<link rel="stylesheet" href="/templates/default/css/style.css">
<style>body{margin:0;font-family:Arial,Helvetica,sans-serif;color:#222}.ads{margin:12px auto;text-align:center}a{color:#1a3d7c;text-decoration:none}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-LDTD0000');</script>
</head>
<body>
<div id="header">
  <a href="/" class="logo"><img src="/templates/default/images/logo.png" alt="Báo Lao động Thủ đô"></a>
  <span class="today">Thứ bảy, 27/12/2025</span>
  <div class="hot_tags"><span>Sự kiện:</span> <a href="/gia-vang-1203.tag">Giá vàng</a> <a href="/tet-nguyen-dan-2026-6121.tag">Tết Nguyên đán 2026</a> <a href="/chuyen-doi-so-2450.tag">Chuyển đổi số</a></div>
</div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/ha-noi.html">Hà Nội</a></li></ul></div>
<div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=top" rel="nofollow"><img src="https://adnet.example/banner/top.jpg" alt="Quảng cáo"></a></div>
<div id="wrapper">
 <div class="main_col">
  <h1>Từ khóa: HĐND thành phố Hà Nội</h1>
  <ul class="list_news">
   <li><a href="/cong-bo-nghi-quyet-cua-hdnd-thanh-pho-ha-noi-ve-cong-tac-can-bo-188061.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/75/188061.jpg" alt="Công bố Nghị quyết của HĐND thành phố Hà Nội về công tác cán bộ"></a><h3 class="list_news_title"><a href="/cong-bo-nghi-quyet-cua-hdnd-thanh-pho-ha-noi-ve-cong-tac-can-bo-188061.html">Công bố Nghị quyết của HĐND thành phố Hà Nội về công tác cán bộ</a></h3><p class="sapo_news">Sáng 26/12, Thường trực HĐND thành phố Hà Nội đã tổ chức hội nghị công bố Nghị quyết về công tác cán bộ.</p></li>
   <li><a href="/chuyen-doi-so-toan-dien-tu-xu-ly-ho-so-den-tiep-xuc-cu-tri-187842.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/50/187842.jpg" alt="Chuyển đổi số toàn diện từ xử lý hồ sơ đến tiếp xúc cử tri"></a><h3 class="list_news_title"><a href="/chuyen-doi-so-toan-dien-tu-xu-ly-ho-so-den-tiep-xuc-cu-tri-187842.html">Chuyển đổi số toàn diện từ xử lý hồ sơ đến tiếp xúc cử tri</a></h3><p class="sapo_news">Ngày 17/12, Thường trực Hội đồng nhân dân (HĐND) thành phố Hà Nội tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số, nâng cao chất lượng, hiệu quả hoạt động của HĐND các cấp giai đoạn 2026 - 2031 và các năm tiếp theo. Kế hoạch đặt mục tiêu đẩy mạnh ứng dụng công nghệ số, hướng tới xử lý toàn bộ hồ sơ công việc trên môi trường mạng.</p></li>
   <li><a href="/ky-vong-hinh-thanh-ky-tich-song-hong-va-khong-gian-phat-trien-moi-187760.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/65/187760.jpg" alt="Kỳ vọng hình thành “kỳ tích sông Hồng” và không gian phát triển mới"></a><h3 class="list_news_title"><a href="/ky-vong-hinh-thanh-ky-tich-song-hong-va-khong-gian-phat-trien-moi-187760.html">Kỳ vọng hình thành “kỳ tích sông Hồng” và không gian phát triển mới</a></h3><p class="sapo_news">Tại Kỳ họp thứ 29, đại biểu Hội đồng nhân dân (HĐND) thành phố Hà Nội đã thảo luận, cho ý kiến về Dự án Trục đại lộ cảnh quan sông Hồng và Quy hoạch phân khu đô thị thể thao Olympic - các dự án đặc biệt quan trọng, được kỳ vọng tạo bước ngoặt lịch sử cho Thủ đô, mở rộng không gian phát triển, nâng cao chất lượng sống và kiến tạo những di sản đô thị mang tầm nhìn hàng trăm năm.</p></li>
   <li><a href="/be-mac-ky-hop-29-hdnd-thanh-pho-ha-noi-khoa-xvi-187731.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/36/187731.jpg" alt="Bế mạc kỳ họp 29 HĐND thành phố Hà Nội khóa XVI"></a><h3 class="list_news_title"><a href="/be-mac-ky-hop-29-hdnd-thanh-pho-ha-noi-khoa-xvi-187731.html">Bế mạc kỳ họp 29 HĐND thành phố Hà Nội khóa XVI</a></h3><p class="sapo_news">Sau 2 ngày làm việc (13,14/12), sáng ngày 14/12, với tinh thần làm việc tích cực, khoa học, dân chủ, kỳ họp thứ 29 HĐND Thành phố khoá XVI đã hoàn thành toàn bộ chương trình đề ra.</p></li>
   <li><a href="/khai-mac-ky-hop-thu-29-hdnd-thanh-pho-ha-noi-khoa-xvi-187705.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/10/187705.jpg" alt="Khai mạc kỳ họp thứ 29 HĐND thành phố Hà Nội khóa XVI"></a><h3 class="list_news_title"><a href="/khai-mac-ky-hop-thu-29-hdnd-thanh-pho-ha-noi-khoa-xvi-187705.html">Khai mạc kỳ họp thứ 29 HĐND thành phố Hà Nội khóa XVI</a></h3><p class="sapo_news">Sáng 13/12, HĐND thành phố Hà Nội khóa XVI khai mạc kỳ họp thứ 29 để xem xét, quyết định nhiều nội dung quan trọng của Thủ đô.</p></li>
   <li><a href="/hdnd-thanh-pho-ha-noi-thong-qua-nghi-quyet-ve-dich-vu-cong-truc-tuyen-187540.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/39/187540.jpg" alt="HĐND thành phố Hà Nội thông qua Nghị quyết về dịch vụ công trực tuyến"></a><h3 class="list_news_title"><a href="/hdnd-thanh-pho-ha-noi-thong-qua-nghi-quyet-ve-dich-vu-cong-truc-tuyen-187540.html">HĐND thành phố Hà Nội thông qua Nghị quyết về dịch vụ công trực tuyến</a></h3><p class="sapo_news">HĐND thành phố Hà Nội đã thông qua Nghị quyết quy định một số nội dung về cung cấp dịch vụ công trực tuyến trên địa bàn Thành phố.</p></li>
  </ul>
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ul></div>
  <div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=right" rel="nofollow"><img src="https://adnet.example/banner/right.jpg" alt="Quảng cáo"></a></div>
 </div>
</div>
<div id="footer"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/hdnd-thanh-pho-ha-noi-57.tag">Phiên bản di động</a></p></div>
</body>
</html>
