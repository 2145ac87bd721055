/* Tier lookup on the tiers page: the same rule as kb.tiers in Python, on the
   same scheme data (embedded in the page as JSON). */
(function () {
  "use strict";
  var form = document.getElementById("kb-lookup");
  var dataNode = document.getElementById("kb-lookup-data");
  if (!form || !dataNode) return;
  var data = JSON.parse(dataNode.textContent);
  var input = document.getElementById("kb-followers");
  var output = document.getElementById("kb-lookup-result");
  var numbers = new Intl.NumberFormat(data.locale);

  function contains(tier, n) {
    var aboveLow = n > tier.min || (n === tier.min && tier.min_inclusive);
    var belowHigh = tier.max === null || n < tier.max || (n === tier.max && tier.max_inclusive);
    return aboveLow && belowHigh;
  }

  function place(scheme, n) {
    for (var i = 0; i < scheme.tiers.length; i++) {
      if (contains(scheme.tiers[i], n)) return { status: "in", tier: scheme.tiers[i] };
    }
    var first = scheme.tiers[0];
    var last = scheme.tiers[scheme.tiers.length - 1];
    if (n < first.min || (n === first.min && !first.min_inclusive)) return { status: "below" };
    if (last.max !== null && n >= last.max) return { status: "above" };
    return { status: "gap" };
  }

  // Accepts 25000, 25,000, 25.000, 25 000 and 25'000: digits with group separators.
  function parse(text) {
    var digits = text.replace(/[\s,.'\u00a0\u202f\u2019]/g, "");
    return /^\d{1,12}$/.test(digits) ? Number(digits) : null;
  }

  function show() {
    var n = parse(input.value);
    output.textContent = "";
    if (n === null) {
      if (input.value.trim()) output.textContent = data.labels.lookup_invalid;
      return;
    }
    var heading = document.createElement("p");
    heading.textContent = numbers.format(n) + " " + data.labels.followers;
    var list = document.createElement("ul");
    data.schemes.forEach(function (scheme) {
      var result = place(scheme, n);
      var li = document.createElement("li");
      li.dataset.scheme = scheme.id;
      li.dataset.status = result.status;
      var name = document.createElement("strong");
      name.textContent = scheme.name + ": ";
      li.appendChild(name);
      if (result.tier) {
        li.dataset.tier = result.tier.entry;
        var link = document.createElement("a");
        link.href = result.tier.href;
        link.textContent = result.tier.name;
        li.appendChild(link);
        li.appendChild(document.createTextNode(" (" + result.tier.range + ")"));
      } else {
        li.appendChild(document.createTextNode(data.labels["lookup_" + result.status]));
      }
      list.appendChild(li);
    });
    output.appendChild(heading);
    output.appendChild(list);
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); show(); });
  input.addEventListener("input", show);
})();
