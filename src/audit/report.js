// dglint audit report: sorting, filtering and paging of the dataset table. The page is
// readable without it; this only replaces the table body with pages built from the data.
(function () {
  "use strict";
  var started = performance.now();
  var DATA = JSON.parse(document.getElementById("audit-data").textContent);
  var T = DATA.texts;
  var ROWS = DATA.rows;
  // Each row is an array; DATA.fields gives each field's index (src/audit/html.rs,
  // row_fields). Two fields are added here: the rank, and a sort key of the findings.
  var F = DATA.fields;
  F.rank = Object.keys(F).length;
  F.findings = F.rank + 1;
  var COLUMNS = { rank: F.rank, title: F.title, organization: F.organization, udata: F.udata, dglint: F.dglint, findings: F.findings, views: F.views, late: F.days_late };
  ROWS.forEach(function (row, index) {
    row[F.rank] = index + 1;
    row[F.findings] = row[F.errors] * 1000000 + row[F.warnings] * 1000 + row[F.infos];
  });
  var state = { sort: "rank", dir: "asc", q: "", grade: "", page: 1, size: 100 };
  var table = document.getElementById("datasets");
  var body = table.tBodies[0];
  var status = document.getElementById("table-status");
  var search = document.getElementById("filter-text");
  var grade = document.getElementById("filter-grade");
  var pageSize = document.getElementById("page-size");
  var previous = document.getElementById("page-previous");
  var next = document.getElementById("page-next");

  function readHash() {
    var params = new URLSearchParams(location.hash.slice(1));
    if (params.get("sort") in COLUMNS) state.sort = params.get("sort");
    if (params.get("dir") === "desc" || params.get("dir") === "asc") state.dir = params.get("dir");
    state.q = params.get("q") || "";
    state.grade = params.get("grade") || "";
    var size = params.get("size");
    state.size = size === "all" ? Infinity : (parseInt(size, 10) || 100);
    state.page = Math.max(1, parseInt(params.get("page"), 10) || 1);
  }

  function writeHash() {
    var params = new URLSearchParams();
    params.set("sort", state.sort);
    params.set("dir", state.dir);
    if (state.q) params.set("q", state.q);
    if (state.grade) params.set("grade", state.grade);
    if (state.size !== 100) params.set("size", state.size === Infinity ? "all" : String(state.size));
    if (state.page > 1) params.set("page", String(state.page));
    history.replaceState(null, "", "#" + params.toString());
  }

  function selected() {
    var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
    var rows = ROWS.filter(function (row) {
      if (state.grade && row[F.grade] !== state.grade) return false;
      if (!words.length) return true;
      var haystack = [row[F.label], row[F.title], row[F.organization], row[F.codes]].join(" ").toLowerCase();
      return words.every(function (word) { return haystack.indexOf(word) >= 0; });
    });
    var index = COLUMNS[state.sort];
    var sign = state.dir === "asc" ? 1 : -1;
    rows.sort(function (a, b) {
      var x = a[index], y = b[index];
      if (x === y) return a[F.rank] - b[F.rank];
      if (x === null || x === "") return 1;
      if (y === null || y === "") return -1;
      if (typeof x === "string") return sign * x.localeCompare(y, DATA.lang);
      return sign * (x - y);
    });
    return rows;
  }

  function cell(tr, text, className) {
    var td = document.createElement("td");
    if (className) td.className = className;
    if (text !== null && text !== undefined) td.textContent = text;
    tr.appendChild(td);
    return td;
  }

  function render() {
    var rows = selected();
    var pages = Math.max(1, Math.ceil(rows.length / state.size));
    state.page = Math.min(state.page, pages);
    var start = state.size === Infinity ? 0 : (state.page - 1) * state.size;

    var shown = rows.slice(start, start + state.size);
    var fragment = document.createDocumentFragment();
    shown.forEach(function (row) {
      var tr = document.createElement("tr");
      cell(tr, row[F.rank], "number");
      var name = cell(tr, null);
      var link = document.createElement(row[F.page] ? "a" : "span");
      if (row[F.page]) link.href = row[F.page];
      link.textContent = row[F.title] || row[F.label];
      name.appendChild(link);
      var id = document.createElement("span");
      id.className = "label-id";
      id.textContent = row[F.label];
      name.appendChild(id);
      cell(tr, row[F.organization]);
      cell(tr, row[F.udata] + "/9", "number");
      cell(tr, row[F.dglint].toFixed(1), "number");
      var g = cell(tr, null);
      var badge = document.createElement("span");
      badge.className = "grade grade-" + row[F.grade];
      badge.textContent = row[F.grade];
      g.appendChild(badge);
      cell(tr, row[F.errors] + " / " + row[F.warnings] + " / " + row[F.infos], "number");
      var top = cell(tr, row[F.top_code] ? row[F.top_code] + " " + row[F.top_name] : "");
      top.title = row[F.codes];
      cell(tr, row[F.views], "number");
      cell(tr, row[F.days_late] === null ? "" : row[F.days_late], "number");
      var detail = cell(tr, null);
      if (row[F.detail] !== null) {
        var more = document.createElement("a");
        more.href = "#dataset-" + row[F.detail];
        more.textContent = T.detail;
        detail.appendChild(more);
      } else if (row[F.codes]) {
        detail.textContent = row[F.codes];
      }
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      if (!th.dataset.sort) return;
      th.setAttribute("aria-sort", th.dataset.sort === state.sort
        ? (state.dir === "asc" ? "ascending" : "descending") : "none");
    });
    status.textContent = rows.length
      ? T.showing.replace("%first%", start + 1).replace("%last%", start + shown.length)
          .replace("%total%", rows.length).replace("%all%", ROWS.length)
      : T.none;
    previous.disabled = state.page <= 1;
    next.disabled = state.page >= pages;
    search.value = state.q;
    grade.value = state.grade;
    pageSize.value = state.size === Infinity ? "all" : String(state.size);
  }

  function update(change) {
    Object.assign(state, change);
    writeHash();
    render();
  }

  table.tHead.addEventListener("click", function (event) {
    var th = event.target.closest("th[data-sort]");
    if (!th) return;
    var key = th.dataset.sort;
    var numeric = key !== "title" && key !== "organization" && key !== "rank";
    var dir = state.sort === key ? (state.dir === "asc" ? "desc" : "asc") : (numeric && key !== "udata" && key !== "dglint" ? "desc" : "asc");
    update({ sort: key, dir: dir, page: 1 });
  });
  search.addEventListener("input", function () { update({ q: search.value, page: 1 }); });
  grade.addEventListener("change", function () { update({ grade: grade.value, page: 1 }); });
  pageSize.addEventListener("change", function () {
    update({ size: pageSize.value === "all" ? Infinity : parseInt(pageSize.value, 10), page: 1 });
  });
  previous.addEventListener("click", function () { update({ page: state.page - 1 }); });
  next.addEventListener("click", function () { update({ page: state.page + 1 }); });
  window.addEventListener("hashchange", function () { readHash(); render(); });

  document.getElementById("table-controls").hidden = false;
  document.getElementById("table-pager").hidden = false;
  readHash();
  render();
  document.body.dataset.loadMs = String(Math.round(performance.now() - started));
  document.body.dataset.ready = "yes";
})();
