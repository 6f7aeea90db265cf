<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Sách giáo khoa - Báo Lao động Thủ đô</title>
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
  <h1>Từ khóa: Sách giáo khoa</h1>
  <ul class="list_news">
   <li><a href="/ket-noi-tri-thuc-voi-cuoc-song-la-sach-giao-khoa-thong-nhat-toan-quoc-tu-nam-hoc-2026-2027-188104.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/21/188104.jpg" alt="&quot;Kết nối tri thức với cuộc sống&quot; là sách giáo khoa thống nhất toàn quốc từ năm học 2026 - 2027"></a><h3 class="list_news_title"><a href="/ket-noi-tri-thuc-voi-cuoc-song-la-sach-giao-khoa-thong-nhat-toan-quoc-tu-nam-hoc-2026-2027-188104.html">"Kết nối tri thức với cuộc sống" là sách giáo khoa thống nhất toàn quốc từ năm học 2026 - 2027</a></h3><p class="sapo_news">Bộ sách giáo khoa (SGK) "Kết nối tri thức với cuộc sống" của Nhà xuất bản Giáo dục Việt Nam đã được lựa chọn là bộ SGK giáo dục phổ thông sử dụng thống nhất toàn quốc từ năm học 2026 - 2027.</p></li>
  </ul>
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ul></div>
  <div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=right" rel="nofollow"><img src="https://adnet.example/banner/right.jpg" alt="Quảng cáo"></a></div>
 </div>
</div>
<div id="footer"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/sach-giao-khoa-4417.tag">Phiên bản di động</a></p></div>
</body>
</html>
