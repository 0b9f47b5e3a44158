/* accord-kg interactive view.
 *
 * Reads the graph from <script type="application/json" id="kg-data"> and draws it with
 * vis-network (inlined above this script). All text from the data reaches the DOM through
 * textContent / createTextNode only (nothing is parsed as HTML), and no vis "title" popups
 * are used: a hostile entity name or sentence is shown as text.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var byId = function (id) { return document.getElementById(id); };

  // ---------------------------------------------------------------- small DOM helpers
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function fmtInt(n) { return Number(n).toLocaleString("en-US"); }

  var SVG_NS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }
  function shapeIcon(shape, fill, stroke) {
    var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "aria-hidden": "true" });
    var style = { fill: fill, stroke: stroke, "stroke-width": 1.2 };
    var shapeNode;
    switch (shape) {
      case "square": shapeNode = svgEl("rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, style)); break;
      case "box": shapeNode = svgEl("rect", Object.assign({ x: 1, y: 3.5, width: 14, height: 9, rx: 2 }, style)); break;
      case "ellipse": shapeNode = svgEl("ellipse", Object.assign({ cx: 8, cy: 8, rx: 7, ry: 4.5 }, style)); break;
      case "diamond": shapeNode = svgEl("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, style)); break;
      case "triangle": shapeNode = svgEl("polygon", Object.assign({ points: "8,1.5 15,14 1,14" }, style)); break;
      case "triangleDown": shapeNode = svgEl("polygon", Object.assign({ points: "1,2 15,2 8,14.5" }, style)); break;
      case "hexagon": shapeNode = svgEl("polygon", Object.assign({ points: "4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8" }, style)); break;
      case "star": shapeNode = svgEl("polygon", Object.assign({ points: "8,1 10,6 15,6 11,9.5 12.5,15 8,11.8 3.5,15 5,9.5 1,6 6,6" }, style)); break;
      default: shapeNode = svgEl("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, style));
    }
    svg.appendChild(shapeNode);
    return svg;
  }
  function lineIcon(rel) {
    var svg = svgEl("svg", { width: 26, height: 12, viewBox: "0 0 26 12", "aria-hidden": "true" });
    var line = svgEl("line", { x1: 1, y1: 6, x2: 19, y2: 6, stroke: rel.color, "stroke-width": Math.min(rel.width, 3) });
    if (rel.dashes) { line.setAttribute("stroke-dasharray", "4 3"); }
    svg.appendChild(line);
    svg.appendChild(svgEl("polygon", { points: "18,2 25,6 18,10", fill: rel.color }));
    return svg;
  }

  // ---------------------------------------------------------------- data indexes
  var CLASSES = {};
  data.classes.forEach(function (c) { CLASSES[c.name] = c; });
  var RELATIONS = {};
  data.relations.forEach(function (r) { RELATIONS[r.name] = r; });
  var NODES = data.nodes;   // index == node id
  var INFO = data.info;     // index == node id
  var EDGES = data.edges;   // index == edge id
  var adjacency = NODES.map(function () { return []; });
  EDGES.forEach(function (e, i) {
    adjacency[e.from].push(i);
    if (e.to !== e.from) { adjacency[e.to].push(i); }
  });
  var idByIri = new Map();
  INFO.forEach(function (info, id) { idByIri.set(info.iri, id); });

  var SUMMARY_PREFIX = "class:";
  function isSummary(id) { return typeof id === "string" && id.indexOf(SUMMARY_PREFIX) === 0; }

  function visNode(id, position) {
    var n = Object.assign({}, NODES[id]);
    n.cls = n.group;
    if (position) { n.x = position.x; n.y = position.y; }
    return n;
  }
  function visEdge(i) {
    var e = EDGES[i];
    var rel = RELATIONS[e.relation] || { color: "#888", width: 1.5, dashes: false };
    var out = Object.assign({}, e);
    out.color = { color: rel.color, highlight: rel.color, hover: rel.color, opacity: 0.85 };
    out.width = rel.width;
    out.dashes = rel.dashes ? [7, 5] : false;
    if (out.label === undefined) { out.label = rel.label; }
    return out;
  }

  var nodes = new vis.DataSet();
  var edges = new vis.DataSet();
  var hiddenClasses = new Set();
  var hiddenRelations = new Set();
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenClasses.has(n.cls); } });
  var edgeView = new vis.DataView(edges, { filter: function (e) { return !hiddenRelations.has(e.relation); } });

  function addEdgesOf(ids) {
    var batch = [];
    var seen = new Set();
    ids.forEach(function (id) {
      adjacency[id].forEach(function (i) {
        var e = EDGES[i];
        if (seen.has(i) || edges.get(i) !== null) { return; }
        if (nodes.get(e.from) !== null && nodes.get(e.to) !== null) { seen.add(i); batch.push(visEdge(i)); }
      });
    });
    if (batch.length) { edges.add(batch); }
  }
  function addNodes(ids, positions) {
    var fresh = ids.filter(function (id) { return nodes.get(id) === null; });
    nodes.add(fresh.map(function (id, k) { return visNode(id, positions ? positions[k] : null); }));
    addEdgesOf(fresh);
    return fresh;
  }

  // ---------------------------------------------------------------- overview (large graphs)
  var hiddenByClass = {};
  function summaryNode(s) {
    var c = CLASSES[s.cls];
    return {
      id: SUMMARY_PREFIX + s.cls, cls: s.cls, group: s.cls, x: s.x, y: s.y, size: 40, mass: 3,
      label: c.label + "\n+" + fmtInt(s.count) + " more (double-click)",
      shapeProperties: { borderDashes: [6, 4] }, borderWidth: 2,
      font: { size: 30, strokeWidth: 6 }
    };
  }
  if (data.overview) {
    var visible = new Set(data.overview.visible);
    NODES.forEach(function (n, id) {
      if (!visible.has(id)) { (hiddenByClass[n.group] = hiddenByClass[n.group] || []).push(id); }
    });
    addNodes(data.overview.visible);
    nodes.add(data.overview.summaries.map(summaryNode));
    if (data.accord !== null) {
      edges.add(data.overview.summaries.map(function (s) {
        return {
          id: SUMMARY_PREFIX + s.cls, from: SUMMARY_PREFIX + s.cls, to: data.accord, relation: "",
          color: { color: "#aab3bd", opacity: 0.8 }, dashes: [3, 6], width: 1, length: 260,
          arrows: { to: { enabled: false } }, selectionWidth: 0, chosen: false
        };
      }));
    }
  } else {
    addNodes(NODES.map(function (n, id) { return id; }));
  }

  // ---------------------------------------------------------------- the network
  var state = { settled: false, layouts: 0, progress: 0 };
  var container = byId("kg-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);

  function drawnEntityCount() {
    return nodeView.getIds().filter(function (id) { return !isSummary(id); }).length;
  }
  function setStatus() {
    var text = fmtInt(NODES.length) + " entities · " + fmtInt(EDGES.length) + " relations";
    if (data.overview) { text += " · overview: " + fmtInt(drawnEntityCount()) + " drawn"; }
    text += state.settled ? " · layout settled" : " · laying out… " + Math.round(state.progress * 100) + "%";
    byId("kg-status").textContent = text;
  }
  function settle() {
    network.setOptions({ physics: { enabled: false } });
    state.settled = true;
    state.layouts += 1;
    document.body.setAttribute("data-settled", "true");
    setStatus();
  }
  function relayout() {
    state.settled = false;
    state.progress = 0;
    document.body.removeAttribute("data-settled");
    setStatus();
    network.setOptions({ physics: { enabled: true } });
    network.stabilize(nodes.length > 1000 ? 300 : 600);
  }
  network.on("stabilizationProgress", function (p) {
    state.progress = p.total ? p.iterations / p.total : 0;
    setStatus();
  });
  network.on("stabilizationIterationsDone", settle);
  if (nodes.length === 0) {
    byId("kg-empty").hidden = false;
    settle();
  }

  // ---------------------------------------------------------------- side panel
  var panel = byId("kg-panel");
  var panelBody = byId("kg-panel-body");
  byId("kg-panel-close").addEventListener("click", function () { hidePanel(); network.unselectAll(); });
  function hidePanel() { panel.hidden = true; clear(panelBody); }
  function openPanel() { clear(panelBody); panel.hidden = false; panel.scrollTop = 0; return panelBody; }

  function classChip(clsName) {
    var c = CLASSES[clsName] || { label: clsName, color: "#888", font: "#fff" };
    var chip = el("span", "kg-chip", c.label);
    chip.style.background = c.color;
    chip.style.color = c.font;
    return chip;
  }
  function nodeLink(id) {
    var b = el("button", "kg-link", INFO[id].label);
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  /** The sentence with every occurrence of the mention wrapped in <mark>, built from text nodes. */
  function highlighted(text, mention) {
    var q = el("blockquote");
    if (!mention) { q.textContent = text; return q; }
    var hay = text, needle = mention;
    if (text.toLowerCase().length === text.length && mention.toLowerCase().length === mention.length) {
      hay = text.toLowerCase();
      needle = mention.toLowerCase();
    }
    var at = 0, hit;
    while (needle && (hit = hay.indexOf(needle, at)) !== -1) {
      if (hit > at) { q.appendChild(document.createTextNode(text.slice(at, hit))); }
      q.appendChild(el("mark", null, text.slice(hit, hit + needle.length)));
      at = hit + needle.length;
    }
    if (at < text.length) { q.appendChild(document.createTextNode(text.slice(at))); }
    return q;
  }
  function sourceLine(article) {
    var line = el("div", "kg-source");
    if (!article) { return line; }
    var parts = [];
    if (article.source) { parts.push(article.source); }
    if (article.date) { parts.push(article.date); }
    var title = article.title || article.iri;
    if (article.url && /^https?:\/\//i.test(article.url)) {
      var a = el("a", null, title);
      a.href = article.url;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      line.appendChild(a);
    } else {
      line.appendChild(el("span", "kg-title", title));
    }
    if (parts.length) { line.appendChild(document.createTextNode(" — " + parts.join(", "))); }
    return line;
  }
  function evidenceBlock(ev) {
    var box = el("div", "kg-evidence");
    var sent = ev.s !== null && ev.s !== undefined ? data.sentences[ev.s] : null;
    if (sent && sent.t) {
      box.appendChild(highlighted(sent.t, ev.m));
    } else {
      box.appendChild(el("blockquote", "kg-meta", "(no evidence sentence recorded)"));
    }
    if (sent && sent.a !== null && sent.a !== undefined) { box.appendChild(sourceLine(data.articles[sent.a])); }
    var meta = [];
    if (ev.m) { meta.push("mention “" + ev.m + "”"); }
    if (ev.r) { meta.push("rule " + ev.r); }
    if (ev.c !== null && ev.c !== undefined) { meta.push("confidence " + Number(ev.c).toFixed(2)); }
    if (ev.p) { meta.push(ev.p + (ev.v !== null && ev.v !== undefined ? " = " + ev.v : "")); }
    if (meta.length) { box.appendChild(el("div", "kg-meta", meta.join(" · "))); }
    return box;
  }
  function relationHeading(i, fromSide) {
    var e = EDGES[i];
    var rel = RELATIONS[e.relation] || { label: e.relation };
    var head = el("div", "kg-rel-head");
    if (fromSide === e.from) {
      head.appendChild(document.createTextNode(rel.label + " → "));
      head.appendChild(nodeLink(e.to));
    } else {
      head.appendChild(nodeLink(e.from));
      head.appendChild(document.createTextNode(" " + rel.label + " → " + INFO[fromSide].label));
    }
    return head;
  }
  function prettyKey(key) {
    return key.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/^./, function (c) { return c.toUpperCase(); });
  }

  function showNode(id) {
    var info = INFO[id];
    var body = openPanel();
    body.appendChild(el("h2", null, info.label));
    var sub = el("p", "kg-sub");
    sub.appendChild(classChip(info.cls));
    if (id === data.accord) { sub.appendChild(document.createTextNode(" the accord")); }
    body.appendChild(sub);
    body.appendChild(el("div", "kg-iri", info.iri));
    if (info.alt && info.alt.length) { body.appendChild(el("p", "kg-sub", "Also called: " + info.alt.join("; "))); }

    var facts = (info.attrs || []).slice();
    if (facts.length || (info.posts && info.posts.length)) {
      body.appendChild(el("h3", null, "Facts"));
      var dl = el("dl");
      facts.forEach(function (kv) {
        dl.appendChild(el("dt", null, prettyKey(kv[0])));
        dl.appendChild(el("dd", null, Array.isArray(kv[1]) ? kv[1].join("; ") : kv[1]));
      });
      (info.posts || []).forEach(function (post) {
        dl.appendChild(el("dt", null, "Post"));
        var dd = el("dd", null, (post.title || "post") + " at ");
        if (post.org !== null && post.org !== undefined) { dd.appendChild(nodeLink(post.org)); }
        else { dd.appendChild(document.createTextNode(post.orgLabel || "?")); }
        dl.appendChild(dd);
      });
      body.appendChild(dl);
    }

    var rels = adjacency[id].slice().sort(function (a, b) {
      var ea = EDGES[a], eb = EDGES[b];
      var oa = ea.from === id ? 0 : 1, ob = eb.from === id ? 0 : 1;
      if (oa !== ob) { return oa - ob; }
      if (ea.relation !== eb.relation) { return ea.relation < eb.relation ? -1 : 1; }
      var la = INFO[ea.from === id ? ea.to : ea.from].label, lb = INFO[eb.from === id ? eb.to : eb.from].label;
      return la < lb ? -1 : la > lb ? 1 : 0;
    });
    if (rels.length) {
      body.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
      var shown = 0;
      rels.forEach(function (i) {
        if (shown >= 200) { return; }
        shown += 1;
        var box = el("div", "kg-rel");
        box.appendChild(relationHeading(i, id));
        (data.edgeEvidence[i] || []).forEach(function (ev) { box.appendChild(evidenceBlock(ev)); });
        body.appendChild(box);
      });
      if (rels.length > shown) { body.appendChild(el("p", "kg-sub", (rels.length - shown) + " more relations not listed")); }
    }
    if (info.quotes && info.quotes.length) {
      body.appendChild(el("h3", null, "Quotations"));
      info.quotes.forEach(function (q) {
        var box = el("div", "kg-evidence");
        box.appendChild(el("blockquote", "kg-quote", "“" + (q.text || "") + "”"));
        (q.ev || []).forEach(function (s) {
          var sent = data.sentences[s];
          if (sent && sent.a !== null && sent.a !== undefined) { box.appendChild(sourceLine(data.articles[sent.a])); }
        });
        body.appendChild(box);
      });
    }
    if (info.ev && info.ev.length) {
      body.appendChild(el("h3", null, "Other evidence"));
      info.ev.forEach(function (ev) { body.appendChild(evidenceBlock(ev)); });
    }
    if (info.mentions && info.mentions.length) {
      body.appendChild(el("h3", null, "Mentioned in"));
      var ul = el("ul");
      info.mentions.forEach(function (a) { var li = el("li"); li.appendChild(sourceLine(data.articles[a])); ul.appendChild(li); });
      body.appendChild(ul);
    }
  }

  function showEdge(i) {
    var e = EDGES[i];
    var rel = RELATIONS[e.relation] || { label: e.relation };
    var body = openPanel();
    body.appendChild(el("h2", null, rel.label));
    var sub = el("p", "kg-sub");
    sub.appendChild(nodeLink(e.from));
    sub.appendChild(document.createTextNode(" → "));
    sub.appendChild(nodeLink(e.to));
    body.appendChild(sub);
    body.appendChild(el("div", "kg-iri", e.predicate || ""));
    var evs = data.edgeEvidence[i] || [];
    body.appendChild(el("h3", null, evs.length ? "Evidence (" + evs.length + ")" : "No evidence recorded"));
    evs.forEach(function (ev) { body.appendChild(evidenceBlock(ev)); });
  }

  function showSummary(id) {
    var cls = id.slice(SUMMARY_PREFIX.length);
    var body = openPanel();
    body.appendChild(el("h2", null, (CLASSES[cls] || { label: cls }).label));
    body.appendChild(el("p", "kg-sub", fmtInt((hiddenByClass[cls] || []).length) + " more entities of this class are not drawn yet."));
    var b = el("button", "kg-link", "Draw them all");
    b.type = "button";
    b.addEventListener("click", function () { expandClass(cls); hidePanel(); });
    body.appendChild(b);
  }

  // ---------------------------------------------------------------- interaction
  function ensureDrawn(id) {
    var c = NODES[id].group;
    if (hiddenClasses.has(c)) { setClassVisible(c, true); }
    if (nodes.get(id) !== null) { return; }
    var anchor = null;
    adjacency[id].some(function (i) {
      var other = EDGES[i].from === id ? EDGES[i].to : EDGES[i].from;
      if (nodes.get(other) !== null) { anchor = network.getPosition(other); return true; }
      return false;
    });
    var pos = anchor ? { x: anchor.x + 90, y: anchor.y + 60 } : null;
    addNodes([id], pos ? [pos] : null);
    var list = hiddenByClass[c];
    if (list) {
      var k = list.indexOf(id);
      if (k >= 0) { list.splice(k, 1); }
      updateSummary(c);
    }
    setStatus();
  }
  function focusNode(id) {
    ensureDrawn(id);
    network.selectNodes([id]);
    showNode(id);
    var shift = panel.hidden ? 0 : -Math.min(panel.offsetWidth / 2, container.clientWidth / 4);
    network.focus(id, {
      scale: Math.max(network.getScale(), 1.0), offset: { x: shift, y: 0 },
      animation: { duration: 450, easingFunction: "easeInOutQuad" }
    });
    return id;
  }
  function updateSummary(cls) {
    var sid = SUMMARY_PREFIX + cls;
    var left = (hiddenByClass[cls] || []).length;
    if (nodes.get(sid) === null) { return; }
    if (!left) { nodes.remove(sid); if (edges.get(sid) !== null) { edges.remove(sid); } } else {
      var s = summaryNode({ cls: cls, count: left, x: 0, y: 0 });
      nodes.update({ id: sid, label: s.label });
    }
    var button = byId("kg-expand-" + cls);
    if (button && !left) { button.remove(); }
  }
  function expandClass(cls) {
    var sid = SUMMARY_PREFIX + cls;
    var ids = (hiddenByClass[cls] || []).filter(function (id) { return nodes.get(id) === null; });
    var center = nodes.get(sid) !== null ? network.getPosition(sid) : { x: 0, y: 0 };
    var golden = Math.PI * (3 - Math.sqrt(5));
    var positions = ids.map(function (id, k) {
      var r = 40 * Math.sqrt(k + 1), a = k * golden;
      return { x: center.x + r * Math.cos(a), y: center.y + r * Math.sin(a) };
    });
    hiddenByClass[cls] = [];
    if (nodes.get(sid) !== null) { nodes.remove(sid); }
    if (edges.get(sid) !== null) { edges.remove(sid); }
    addNodes(ids, positions);
    var button = byId("kg-expand-" + cls);
    if (button) { button.remove(); }
    if (ids.length) { relayout(); } else { setStatus(); }
    return ids.length;
  }

  network.on("click", function (p) {
    if (p.nodes.length) {
      var id = p.nodes[0];
      if (isSummary(id)) { showSummary(id); } else { showNode(id); }
    } else if (p.edges.length) {
      if (isSummary(p.edges[0])) { showSummary(p.edges[0]); } else { showEdge(p.edges[0]); }
    } else {
      hidePanel();
    }
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && isSummary(p.nodes[0])) { expandClass(p.nodes[0].slice(SUMMARY_PREFIX.length)); }
  });

  // ---------------------------------------------------------------- search
  var searchIndex = INFO.map(function (info, id) {
    return { id: id, label: info.label.toLowerCase(), alt: (info.alt || []).map(function (a) { return a.toLowerCase(); }) };
  });
  function search(query) {
    var q = String(query || "").trim().toLowerCase();
    if (!q) { return []; }
    var hits = [];
    searchIndex.forEach(function (entry) {
      var rank = -1;
      if (entry.label === q) { rank = 0; }
      else if (entry.label.indexOf(q) === 0) { rank = 1; }
      else if (entry.label.indexOf(q) > 0) { rank = 2; }
      else if (entry.alt.some(function (a) { return a.indexOf(q) >= 0; })) { rank = 3; }
      if (rank >= 0) { hits.push([rank, entry.label, entry.id]); }
    });
    hits.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2]); });
    return hits.map(function (h) { return h[2]; });
  }
  var searchInput = byId("kg-search");
  var resultList = byId("kg-results");
  function renderResults() {
    clear(resultList);
    var hits = search(searchInput.value);
    hits.slice(0, 25).forEach(function (id) {
      var li = el("li");
      var b = el("button", null, INFO[id].label);
      b.type = "button";
      b.setAttribute("data-node", String(id));
      b.appendChild(el("span", "kg-cls", (CLASSES[INFO[id].cls] || { label: INFO[id].cls }).label));
      b.addEventListener("click", function () { focusNode(id); });
      li.appendChild(b);
      resultList.appendChild(li);
    });
    if (hits.length > 25) { resultList.appendChild(el("li", "kg-cls", (hits.length - 25) + " more…")); }
    return hits;
  }
  searchInput.addEventListener("input", renderResults);
  searchInput.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = renderResults();
      if (hits.length) { focusNode(hits[0]); }
      ev.preventDefault();
    } else if (ev.key === "Escape") {
      searchInput.value = "";
      renderResults();
    }
  });

  // ---------------------------------------------------------------- legend and filters
  function setClassVisible(cls, on) {
    if (on) { hiddenClasses.delete(cls); } else { hiddenClasses.add(cls); }
    var box = byId("kg-class-" + cls);
    if (box) { box.checked = on; }
    nodeView.refresh();
    setStatus();
  }
  function setRelationVisible(rel, on) {
    if (on) { hiddenRelations.delete(rel); } else { hiddenRelations.add(rel); }
    var box = byId("kg-rel-" + rel);
    if (box) { box.checked = on; }
    edgeView.refresh();
  }
  var classList = byId("kg-classes");
  data.classes.forEach(function (c) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "kg-class-" + c.name;
    box.setAttribute("data-class", c.name);
    box.addEventListener("change", function () { setClassVisible(c.name, box.checked); });
    label.appendChild(box);
    label.appendChild(shapeIcon(c.shape, c.color, c.border));
    label.appendChild(el("span", "kg-name", c.label));
    label.appendChild(el("span", "kg-count", fmtInt(c.count)));
    li.appendChild(label);
    if ((hiddenByClass[c.name] || []).length) {
      var expand = el("button", "kg-expand", "Expand");
      expand.type = "button";
      expand.id = "kg-expand-" + c.name;
      expand.title = "Draw every " + c.label;
      expand.addEventListener("click", function () { expandClass(c.name); });
      li.appendChild(expand);
    }
    classList.appendChild(li);
  });
  var relList = byId("kg-relations");
  data.relations.forEach(function (r) {
    var li = el("li");
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.id = "kg-rel-" + r.name;
    box.setAttribute("data-relation", r.name);
    box.addEventListener("change", function () { setRelationVisible(r.name, box.checked); });
    label.appendChild(box);
    label.appendChild(lineIcon(r));
    label.appendChild(el("span", "kg-name", r.label));
    label.appendChild(el("span", "kg-count", fmtInt(r.count)));
    li.appendChild(label);
    relList.appendChild(li);
  });
  if (data.overview) {
    var note = byId("kg-overview-note");
    note.textContent = "Large graph: showing an overview — the accord, the " +
      fmtInt(data.overview.visible.length - (data.accord !== null ? 1 : 0)) +
      " best-connected entities (at least " + data.overview.threshold + " relations) and the small classes," +
      " with one summary node for each class that has more." +
      " Double-click a summary node or press Expand to draw a class.";
    note.hidden = false;
  }
  byId("kg-title").textContent = data.title;
  setStatus();

  // ---------------------------------------------------------------- API for scripts and tests
  window.kgView = {
    network: network,
    nodes: nodes,
    edges: edges,
    nodeView: nodeView,
    edgeView: edgeView,
    data: data,
    state: state,
    search: search,
    focus: focusNode,
    showNode: showNode,
    showEdge: showEdge,
    expandClass: expandClass,
    setClassVisible: setClassVisible,
    setRelationVisible: setRelationVisible,
    idOf: function (iri) { return idByIri.has(iri) ? idByIri.get(iri) : null; },
    iriOf: function (id) { return INFO[id] ? INFO[id].iri : null; },
    entityCount: function () { return NODES.length; },
    drawnEntityCount: drawnEntityCount,
    selectedIri: function () {
      var sel = network.getSelectedNodes();
      return sel.length && !isSummary(sel[0]) ? INFO[sel[0]].iri : null;
    }
  };
})();
