// Client-side search over the index written beside this file (search-index.js): scopes with their Chinese labels,
// APIs, requirement ids and passages. Results are built with textContent, so indexed text never becomes markup.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("q");
  var list = document.getElementById("results");
  var entries = window.SCOPEKIT_SEARCH || [];
  if (!form || !input || !list) { return; }
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  function show() {
    var q = input.value.trim().toLowerCase();
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (q.length === 0) { return; }
    var shown = 0;
    for (var i = 0; i < entries.length && shown < 40; i++) {
      var e = entries[i];
      if ((e.text + " " + e.label).toLowerCase().indexOf(q) < 0) { continue; }
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e.kind;
      var a = document.createElement("a");
      a.href = e.href;
      a.textContent = e.label;
      li.appendChild(kind);
      li.appendChild(a);
      list.appendChild(li);
      shown++;
    }
    if (shown === 0) {
      var none = document.createElement("li");
      none.textContent = "No match · 无结果";
      list.appendChild(none);
    }
  }
  input.addEventListener("input", show);
})();
