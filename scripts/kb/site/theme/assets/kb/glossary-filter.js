/* Glossary index filter: show only entries with the chosen tag. */
(function () {
  "use strict";
  var buttons = document.querySelectorAll(".kb-filter button");
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var tag = button.dataset.filter;
      buttons.forEach(function (other) {
        other.setAttribute("aria-pressed", String(other === button));
      });
      document.querySelectorAll(".kb-letter").forEach(function (section) {
        var shown = 0;
        section.querySelectorAll("li[data-tags]").forEach(function (item) {
          var match = !tag || item.dataset.tags.split(" ").indexOf(tag) >= 0;
          item.hidden = !match;
          if (match) shown++;
        });
        section.hidden = shown === 0;
      });
    });
  });
})();
