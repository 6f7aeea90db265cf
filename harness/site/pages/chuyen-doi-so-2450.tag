<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Chuyển đổi số - Báo Lao động Thủ đô</title>
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
  <h1>Từ khóa: Chuyển đổi số</h1>
  <ul class="list_news">
   <li><a href="/ha-noi-thuc-day-nang-cao-chat-luong-dich-vu-cong-truc-tuyen-toan-thanh-pho-187990.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/04/187990.jpg" alt="Hà Nội thúc đẩy nâng cao chất lượng dịch vụ công trực tuyến toàn Thành phố"></a><h3 class="list_news_title"><a href="/ha-noi-thuc-day-nang-cao-chat-luong-dich-vu-cong-truc-tuyen-toan-thanh-pho-187990.html">Hà Nội thúc đẩy nâng cao chất lượng dịch vụ công trực tuyến toàn Thành phố</a></h3><p class="sapo_news">Ủy ban nhân dân (UBND) thành phố Hà Nội vừa có Công văn số 6686/UBND-NC triển khai Nghị quyết số 77/2025/NQ-HĐND của Hội đồng nhân dân (HĐND) Thành phố.</p></li>
   <li><a href="/chuyen-doi-so-toan-dien-tu-xu-ly-ho-so-den-tiep-xuc-cu-tri-187842.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/50/187842.jpg" alt="Chuyển đổi số toàn diện từ xử lý hồ sơ đến tiếp xúc cử tri"></a><h3 class="list_news_title"><a href="/chuyen-doi-so-toan-dien-tu-xu-ly-ho-so-den-tiep-xuc-cu-tri-187842.html">Chuyển đổi số toàn diện từ xử lý hồ sơ đến tiếp xúc cử tri</a></h3><p class="sapo_news">Ngày 17/12, Thường trực Hội đồng nhân dân (HĐND) thành phố Hà Nội tổ chức Hội nghị triển khai Kế hoạch chuyển đổi số, nâng cao chất lượng, hiệu quả hoạt động của HĐND các cấp giai đoạn 2026 - 2031 và các năm tiếp theo. Kế hoạch đặt mục tiêu đẩy mạnh ứng dụng công nghệ số, hướng tới xử lý toàn bộ hồ sơ công việc trên môi trường mạng.</p></li>
   <li><a href="/chuyen-doi-so-trong-hoat-dong-cua-hdnd-bang-nhung-viec-lam-cu-the-do-dem-duoc-ket-qua-187830.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/38/187830.jpg" alt="Chuyển đổi số trong hoạt động của HĐND bằng những việc làm cụ thể, đo đếm được kết quả"></a><h3 class="list_news_title"><a href="/chuyen-doi-so-trong-hoat-dong-cua-hdnd-bang-nhung-viec-lam-cu-the-do-dem-duoc-ket-qua-187830.html">Chuyển đổi số trong hoạt động của HĐND bằng những việc làm cụ thể, đo đếm được kết quả</a></h3><p class="sapo_news">Chuyển đổi số trong hoạt động của HĐND không còn là lựa chọn mà là yêu cầu bắt buộc. Tuy nhiên việc triển khai kế hoạch chuyển đổi số phải bảo đảm nguyên tắc “6 rõ”: rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ hiệu quả và xuyên suốt, thống nhất. Triển khai chuyển đổi số bằng những việc làm cụ thể, đo đếm được kết quả.</p></li>
  </ul>
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ul></div>
  <div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=right" rel="nofollow"><img src="https://adnet.example/banner/right.jpg" alt="Quảng cáo"></a></div>
 </div>
</div>
<div id="footer"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/chuyen-doi-so-2450.tag">Phiên bản di động</a></p></div>
</body>
</html>
