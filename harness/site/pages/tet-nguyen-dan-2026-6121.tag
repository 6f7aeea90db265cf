<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tết Nguyên đán 2026 - Báo Lao động Thủ đô</title>
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
  <h1>Từ khóa: Tết Nguyên đán 2026</h1>
  <ul class="list_news">
   <li><a href="/ha-noi-du-kien-to-chuc-38-tran-dia-phao-hoa-don-tet-2026-187921.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/32/187921.jpg" alt="Hà Nội: Dự kiến tổ chức 38 trận địa pháo hoa đón Tết 2026"></a><h3 class="list_news_title"><a href="/ha-noi-du-kien-to-chuc-38-tran-dia-phao-hoa-don-tet-2026-187921.html">Hà Nội: Dự kiến tổ chức 38 trận địa pháo hoa đón Tết 2026</a></h3><p class="sapo_news">Hà Nội dự kiến tổ chức bắn pháo hoa dịp Tết Dương lịch và Tết Nguyên đán 2026 với tổng cộng 38 trận địa, kết hợp pháo hoa truyền thống và công nghệ trình diễn ánh sáng hiện đại để phục vụ Nhân dân Thủ đô.</p></li>
   <li><a href="/lich-nghi-tet-nguyen-dan-2026-cua-nguoi-lao-dong-187402.html" class="thumb"><img src="/stores/news_dataimages/thumbnail/95/187402.jpg" alt="Lịch nghỉ Tết Nguyên đán 2026 của người lao động"></a><h3 class="list_news_title"><a href="/lich-nghi-tet-nguyen-dan-2026-cua-nguoi-lao-dong-187402.html">Lịch nghỉ Tết Nguyên đán 2026 của người lao động</a></h3><p class="sapo_news">Người lao động sẽ được nghỉ Tết Nguyên đán 2026 trong nhiều ngày liên tục theo phương án đã được thống nhất.</p></li>
  </ul>
 </div>
 <div class="right_col">
  <div class="box_docnhieu"><h2 class="title_box">Đọc nhiều</h2><ul><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ul></div>
  <div class="ads"><span>Quảng cáo</span><a href="https://adnet.example/click?slot=right" rel="nofollow"><img src="https://adnet.example/banner/right.jpg" alt="Quảng cáo"></a></div>
 </div>
</div>
<div id="footer"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/tet-nguyen-dan-2026-6121.tag">Phiên bản di động</a></p></div>
</body>
</html>
