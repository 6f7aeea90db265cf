// Fills lists and article text from JSON, as the site's own scripts do.
(function () {
  function load(url, then) {
    fetch(url).then(function (r) { return r.json(); }).then(then);
  }
  function paragraphs(box, texts) {
    texts.forEach(function (text) {
      var p = document.createElement("p");
      p.textContent = text;
      box.appendChild(p);
    });
  }
  document.querySelectorAll("ul[data-nguon]").forEach(function (list) {
    load(list.getAttribute("data-nguon"), function (items) {
      list.innerHTML = "";
      items.forEach(function (item) {
        var li = document.createElement("li"), a = document.createElement("a");
        a.href = item.url;
        a.textContent = item.title;
        li.appendChild(a);
        list.appendChild(li);
      });
    });
  });
  document.querySelectorAll("div[data-nguon]").forEach(function (box) {
    load(box.getAttribute("data-nguon"), function (data) { paragraphs(box, data.paragraphs); });
  });
  var story = document.getElementById("emagazine");
  if (story) {
    var box = document.getElementById("chuong-tiep");
    JSON.parse(story.textContent).chapters.forEach(function (chapter) {
      var h = document.createElement("h3");
      h.textContent = chapter.heading;
      box.appendChild(h);
      paragraphs(box, chapter.paragraphs);
    });
  }
})();
