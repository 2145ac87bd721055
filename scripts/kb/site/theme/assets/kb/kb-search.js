/* Name search: any name of an entry, in any of the six languages, matched as a
   substring so that parts of unspaced Thai and Chinese words are found.
   The index (kb-search.json of the page's language) loads on first use. */
(function () {
  "use strict";
  var form = document.querySelector(".kb-search");
  if (!form) return;
  var input = form.querySelector("input");
  var list = form.querySelector("ul");
  var index = null;
  var loading = null;
  var active = -1;

  // Same as kb.site.search_index.normalise in Python.
  function normalise(text) {
    return text.normalize("NFKC").toLowerCase().replace(/[\s\-\u2010\u2011\u2013\u2014_\u00b7\u30fb.\u200b]/g, "");
  }

  function load() {
    if (!loading) {
      loading = fetch(form.dataset.index)
        .then(function (response) { return response.json(); })
        .then(function (data) { index = data; return data; });
    }
    return loading;
  }

  function score(keys, query) {
    var best = 9;
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (key === query) return 0;
      if (key.indexOf(query) === 0) best = Math.min(best, 1);
      else if (key.indexOf(query) > 0) best = Math.min(best, 2);
    }
    return best;
  }

  function search(query) {
    var q = normalise(query);
    if (!q || !index) return [];
    var hits = [];
    index.entries.forEach(function (entry) {
      var s = score(entry.keys, q);
      if (s < 9) hits.push({ item: entry, score: s });
    });
    hits.sort(function (a, b) {
      return a.score - b.score || a.item.name.length - b.item.name.length;
    });
    var results = hits.slice(0, 8).map(function (hit) { return hit.item; });
    index.faq.forEach(function (question) {
      if (results.length < 11 && score(question.keys, q) < 9) results.push(question);
    });
    return results;
  }

  function render(results, query) {
    list.textContent = "";
    active = -1;
    if (!query.trim()) {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      return;
    }
    if (!results.length) {
      var empty = document.createElement("li");
      empty.className = "kb-search__empty";
      empty.textContent = form.dataset.empty;
      list.appendChild(empty);
    }
    results.forEach(function (result, i) {
      var li = document.createElement("li");
      li.setAttribute("role", "option");
      li.id = "kb-search-option-" + i;
      var link = document.createElement("a");
      link.href = form.dataset.root + result.url;
      var name = document.createElement("strong");
      name.textContent = result.name;
      link.appendChild(name);
      if (result.short) {
        var short = document.createElement("span");
        short.textContent = result.short;
        link.appendChild(short);
      }
      li.appendChild(link);
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function update() {
    var query = input.value;
    load().then(function () { render(search(query), query); });
  }

  function move(step) {
    var options = list.querySelectorAll("[role=option]");
    if (!options.length) return;
    if (active >= 0) options[active].removeAttribute("aria-selected");
    active = (active + step + options.length) % options.length;
    options[active].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", options[active].id);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("focus", load, { once: true });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { move(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { move(-1); event.preventDefault(); }
    else if (event.key === "Escape") { input.value = ""; render([], ""); }
    else if (event.key === "Enter") {
      var options = list.querySelectorAll("[role=option] a");
      var target = options[Math.max(active, 0)];
      if (target) window.location.href = target.href;
    }
  });
  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) list.hidden = true;
  });
})();
