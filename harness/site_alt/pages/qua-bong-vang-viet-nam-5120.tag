<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quả bóng vàng Việt Nam - Báo Lao động Thủ đô</title>
<meta name="description" content="Báo Lao động Thủ đô: tin tức thời sự, Hà Nội, lao động, việc làm">
<script>(function(w,d){w._ldq=w._ldq||[];w._ldq.push(['pv',d.location.pathname]);})(window,document);</script>
</head>
<body class="portal">
<div class="site-top"><div class="site-top__inner">
<a href="/" class="site-top__brand"><img src="/static/images/brand.png" alt="Báo Lao động Thủ đô"></a>
<span class="site-top__today">Thứ bảy, 27/12/2025</span>
<div class="site-top__trending"><span>Sự kiện:</span> <a href="/gia-vang-1203.tag">Giá vàng</a> <a href="/tet-nguyen-dan-2026-6121.tag">Tết Nguyên đán 2026</a> <a href="/chuyen-doi-so-2450.tag">Chuyển đổi số</a></div>
</div></div>
<div class="site-nav"><ul class="site-nav__list"><li><a href="/">Trang chủ</a></li><li><a href="/thoi-su.html">Thời sự</a></li><li><a href="/ha-noi.html">Hà Nội</a></li></ul></div>
<div class="zone-banner" data-zone="leaderboard"><span class="zone-banner__label">Quảng cáo</span><a href="https://adnet.example/click?slot=leaderboard" rel="nofollow sponsored"><img src="https://adnet.example/banner/leaderboard.jpg" alt="Quảng cáo"></a></div>
<div class="layout">
<div class="layout__main">
<h1 class="cate-head__name">#Quả bóng vàng Việt Nam</h1>
<div class="stream">
<div class="stream-item"><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html" class="stream-item__media"><img class="lazyload" data-src="/stores/news_dataimages/thumbnail/12/188095.jpg" src="/static/images/placeholder.gif" alt="Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025"></a><div class="stream-item__text"><h3 class="stream-item__headline"><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></h3><div class="stream-item__desc">Tối 26/12, tại Nhà hát Bến Thành (Thành phố Hồ Chí Minh), Gala trao giải Quả bóng vàng Việt Nam 2025 do Báo Sài Gòn Giải Phóng tổ chức đã diễn ra trong bầu không khí trang trọng và giàu cảm xúc. Bước vào mùa trao giải thứ 30, bên cạnh tôn vinh cầu thủ xuất sắc, Ban Tổ chức đã mở rộng ý nghĩa của Quả bóng vàng Việt Nam, biến giải thưởng thành cầu nối giữa bóng đá và trách nhiệm xã hội.</div></div></div>
</div>
</div>
<div class="layout__side">
<div class="rank-box"><h4><span>Đọc nhiều</span></h4><ol><li><a href="/hoang-duc-gianh-cu-dup-danh-hieu-o-giai-thuong-qua-bong-vang-viet-nam-2025-188095.html">Hoàng Đức giành cú đúp danh hiệu ở giải thưởng Quả bóng vàng Việt Nam 2025</a></li><li><a href="/ha-noi-ban-phao-hoa-tai-6-diem-trong-dip-tet-duong-lich-nam-2026-188040.html">Hà Nội bắn pháo hoa tại 6 điểm trong dịp Tết Dương lịch năm 2026</a></li><li><a href="/chu-tich-ubnd-thanh-pho-ha-noi-trao-quyet-dinh-bo-nhiem-dieu-dong-5-lanh-dao-so-nganh-don-vi-188012.html">Chủ tịch UBND thành phố Hà Nội trao quyết định bổ nhiệm, điều động 5 lãnh đạo sở, ngành, đơn vị</a></li></ol></div>
<div class="zone-banner" data-zone="halfpage"><span class="zone-banner__label">Quảng cáo</span><a href="https://adnet.example/click?slot=halfpage" rel="nofollow sponsored"><img src="https://adnet.example/banner/halfpage.jpg" alt="Quảng cáo"></a></div>
</div>
</div>
<div class="site-bottom"><p>Báo Lao động Thủ đô - Cơ quan của Liên đoàn Lao động thành phố Hà Nội</p><p>Giấy phép hoạt động báo điện tử số 2052/GP-BTTTT.</p><p><a href="mailto:toasoan@laodongthudo.vn">Liên hệ tòa soạn</a> | <a href="https://m.laodongthudo.vn/qua-bong-vang-viet-nam-5120.tag">Phiên bản di động</a></p></div>
</body>
</html>
