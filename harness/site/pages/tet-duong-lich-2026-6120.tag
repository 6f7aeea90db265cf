<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tết Dương lịch 2026 - Báo Lao động Thủ đô</title>
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
  <h1>Từ khóa: Tết Dương lịch 2026</h1>
  <ul class="list_news">
   <li><a href="/ha-noi-san-sang-cac-phuong-an-phuc-vu-nhan-dan-don-tet-duong-lich-2026-188116.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/33/188116.jpg" alt="Hà Nội sẵn sàng các phương án phục vụ Nhân dân đón Tết Dương lịch 2026"></a><h3 class="list_news_title"><a href="/ha-noi-san-sang-cac-phuong-an-phuc-vu-nhan-dan-don-tet-duong-lich-2026-188116.html">Hà Nội sẵn sàng các phương án phục vụ Nhân dân đón Tết Dương lịch 2026</a></h3><p class="sapo_news">Các sở, ngành của thành phố Hà Nội đã xây dựng phương án bảo đảm hàng hóa, giao thông, an ninh trật tự phục vụ Nhân dân đón Tết Dương lịch 2026.</p></li>
   <li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/54/188040.jpg" alt="Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026"></a><h3 class="list_news_title"><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></h3><p class="sapo_news">Dịp Tết Dương lịch năm 2026, Hà Nội sẽ tổ chức bắn pháo hoa trong 15 phút, từ 23h45 ngày 31/12/2025 đến 0h00 ngày 1/1/2026, tại 6 điểm trên địa bàn, gồm: Trụ sở Báo Hà Nội mới và Bưu điện Hà Nội; Đảo dừa - Công viên Thống Nhất; khuôn viên đường đua F1; Vườn hoa Lạc Long Quân và Hồ Văn Quán.</p></li>
  </ul>
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ul></div>
  <div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=right" rel="nofollow"><img src="https://adnet.example/banner/right.jpg" alt="Quảng cáo"></a></div>
 </div>
</div>
<div id="footer"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/tet-duong-lich-2026-6120.tag">Phiên bản di động</a></p></div>
</body>
</html>
