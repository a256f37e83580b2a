/*
 * Province map (bản đồ tỉnh, thành phố): a choropleth of the 34 provinces of Viet Nam, drawn as an
 * inline SVG over server-rendered markup. Load after dashboard.js (it reuses window.HoisoDashboard).
 *
 * Contract with the server (markup):
 *
 *   <figure class="province-map" data-src="/dashboard/…/provinces.json?…"
 *           data-geometry="/dashboard/vn-provinces.json" data-title="…" data-labels="values">
 *     <figcaption>…</figcaption>               (optional)
 *     <div class="figure-table"><table>…code, province, value…</table></div>
 *                                              (optional but expected: the no-JS view)
 *   </figure>
 *
 *   data-title (optional) wins over the JSON title and names the PNG file; the CSV is the server's
 *   /dashboard/provinces.csv, linked in the figure's <div class="figure-actions">.
 *   data-labels="values" (optional) writes each province's value on the map.
 *
 * Contract (JSON at data-src):
 *
 *   {"title":"…","unit":"…",
 *    "indicator":{"code":"…","name":"…","valueType":"INTEGER|DECIMAL|PERCENTAGE|BOOLEAN|TEXT"},
 *    "rows":[{"code":"01","name":"Hà Nội","value":123.4},…]}
 *
 *   code: province code of the 2025 scheme (provinces_current.csv). value null = no data, or not
 *   visible to the caller: drawn hatched grey. A province missing from rows is drawn the same way.
 *   "unit" is optional.
 *
 * Geometry (static/dashboard/vn-provinces.json, built by tools/map/build-map.js):
 *   {"viewBox":"0 0 W H","provinces":{"01":{"name":"Hà Nội","d":"M…","label":[x,y]},…},
 *    "islands":[{"id":"hoang-sa","province":"48","name":{"vi":…,"en":…},"d":…,"box":[x,y,w,h],"label":[x,y]},…]}
 *   The archipelagos take the colour of the province they belong to (Hoàng Sa: Đà Nẵng, Trường Sa: Khánh Hòa).
 *
 * Colours are SVG fill attributes (no style attributes: the page's CSP forbids inline styles), which
 * also keeps the PNG export identical to the screen.
 */
(function () {
  'use strict';

  var D = window.HoisoDashboard;
  if (!D) return;

  var SVG = 'http://www.w3.org/2000/svg';
  // ColorBrewer RdPu, 5 classes (sequential, colour-blind safe, prints in grey).
  var SCALE = ['#feebe2', '#fbb4b9', '#f768a1', '#c51b8a', '#7a0177'];
  var NO_DATA = '#e6e6e6';
  var HATCH = '#9a9a9a';
  var PNG_WIDTH = 1200;

  var I18N = {
    vi: {
      failed: 'Không tải được dữ liệu để vẽ bản đồ. Số liệu vẫn có trong bảng.',
      text: 'Chỉ tiêu dạng chữ không tô màu được trên bản đồ. Số liệu có trong bảng.',
      legend: 'Chú giải',
      belongsTo: 'thuộc'
    },
    en: {
      failed: 'The map data could not be loaded. The numbers are in the table.',
      text: 'A text indicator cannot be shown on the map. The values are in the table.',
      legend: 'Legend',
      belongsTo: 'part of'
    }
  };

  function m(key) {
    return I18N[D.lang()][key];
  }

  var geometries = {};

  function geometry(url) {
    if (!geometries[url]) geometries[url] = D.fetchJson(url);
    return geometries[url];
  }

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function text(parent, x, y, content, attrs) {
    var node = el('text', Object.assign({ x: x, y: y, 'font-family': 'sans-serif', fill: '#222' }, attrs || {}), parent);
    node.textContent = content;
    return node;
  }

  function numericValue(v) {
    if (v === true) return 1;
    if (v === false) return 0;
    return typeof v === 'number' && isFinite(v) ? v : null;
  }

  // Quantile classes: with skewed counts (Hà Nội and Hồ Chí Minh far above the rest) equal-width
  // classes would paint almost every province the same colour. Each legend entry shows the lowest
  // and highest value actually in its class, so nothing is implied about empty ranges.
  function classes(values, valueType) {
    if (valueType === 'BOOLEAN') {
      return [{ min: 0, max: 0, colour: SCALE[1] }, { min: 1, max: 1, colour: SCALE[3] }];
    }
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var distinct = sorted.filter(function (v, i) { return i === 0 || v !== sorted[i - 1]; });
    var k = Math.min(SCALE.length, distinct.length);
    if (k === 0) return [];
    var breaks = [sorted[0]];
    for (var i = 1; i < k; i++) {
      var b = sorted[Math.floor(i * sorted.length / k)];
      if (b > breaks[breaks.length - 1]) breaks.push(b);
    }
    var result = breaks.map(function (lo, j) {
      var colour = breaks.length === 1 ? SCALE[2] : SCALE[Math.round(j * (SCALE.length - 1) / (breaks.length - 1))];
      return { lower: lo, min: null, max: null, colour: colour };
    });
    sorted.forEach(function (v) {
      var c = result[classIndex(result, v)];
      if (c.min === null) c.min = v;
      c.max = v;
    });
    return result;
  }

  function classIndex(cls, v) {
    for (var i = cls.length - 1; i > 0; i--) {
      if (v >= (cls[i].lower !== undefined ? cls[i].lower : cls[i].min)) return i;
    }
    return 0;
  }

  function wrap(s, width) {
    var lines = [], line = '';
    String(s || '').split(/\s+/).forEach(function (word) {
      if (line && (line + ' ' + word).length > width) { lines.push(line); line = word; }
      else line = line ? line + ' ' + word : word;
    });
    if (line) lines.push(line);
    return lines.slice(0, 4);
  }

  function hatchPattern(svg, id) {
    var defs = el('defs', {}, svg);
    var p = el('pattern', { id: id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
    el('rect', { width: 6, height: 6, fill: NO_DATA }, p);
    el('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: HATCH, 'stroke-width': 1.5 }, p);
    return 'url(#' + id + ')';
  }

  function legendRows(cls, format, noDataFill) {
    var rows = cls.map(function (c) {
      return { fill: c.colour, label: c.min === c.max ? format(c.min) : format(c.min) + ' – ' + format(c.max) };
    });
    rows.push({ fill: noDataFill, label: D.t('noData') });
    return rows;
  }

  // On screen the legend is HTML, so it stays readable when the map is 330 px wide on a phone.
  // Swatches are tiny SVGs: a fill attribute is allowed where a style attribute is not (the
  // no-data swatch points at the map's hatch pattern, which is in the same document).
  function htmlLegend(rows, heading) {
    var box = document.createElement('div');
    box.className = 'map-legend';
    var h = document.createElement('p');
    h.className = 'map-legend-heading';
    h.textContent = heading;
    var ul = document.createElement('ul');
    rows.forEach(function (r) {
      var li = document.createElement('li');
      var sw = el('svg', { width: 28, height: 18, viewBox: '0 0 28 18', 'aria-hidden': 'true', focusable: 'false' });
      el('rect', { x: 0.5, y: 0.5, width: 27, height: 17, fill: r.fill, stroke: '#888' }, sw);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(' ' + r.label));
      ul.appendChild(li);
    });
    box.appendChild(h);
    box.appendChild(ul);
    return box;
  }

  // In the PNG, title and legend are drawn in the empty sea north-east of the mainland.
  function svgLegend(svg, vb, title, rows, heading) {
    var g = el('g', {}, svg);
    var x = Math.round(vb[2] * 0.5), y = 40;
    var lines = wrap(title, 34);
    lines.forEach(function (line, i) {
      text(g, x, y + i * 28, line, { 'font-size': 24, 'font-weight': 'bold' });
    });
    y += lines.length * 28 + 20;
    text(g, x, y, heading, { 'font-size': 20, 'font-weight': 'bold' });
    rows.forEach(function (r, i) {
      var ry = y + 14 + i * 32;
      el('rect', { x: x, y: ry, width: 36, height: 24, fill: r.fill, stroke: '#888', 'stroke-width': 0.8 }, g);
      text(g, x + 46, ry + 19, r.label, { 'font-size': 20 });
    });
  }

  function provinceLabel(code, geo, row) {
    return (row && row.name) || geo.provinces[code].name;
  }

  function render(figure, geo, data) {
    var type = data.indicator && data.indicator.valueType;
    var format = D.formatter(type, data.unit);
    var title = figure.dataset.title || data.title || '';
    var uid = 'bd' + Math.random().toString(36).slice(2, 8);
    var rowsByCode = {};
    (data.rows || []).forEach(function (r) { rowsByCode[r.code] = r; });
    var values = type === 'TEXT' ? [] : Object.keys(geo.provinces)
      .map(function (c) { return rowsByCode[c] ? numericValue(rowsByCode[c].value) : null; })
      .filter(function (v) { return v !== null; });
    var cls = type === 'TEXT' ? [] : classes(values, type);

    var vb = geo.viewBox.split(/\s+/).map(Number);
    var svg = el('svg', { viewBox: geo.viewBox, role: 'group', 'aria-label': title, class: 'province-map-svg' });
    var noDataFill = hatchPattern(svg, uid + '-hatch');
    el('rect', { x: vb[0], y: vb[1], width: vb[2], height: vb[3], fill: '#ffffff' }, svg);

    var info = document.createElement('p');
    info.className = 'map-info';
    info.setAttribute('aria-live', 'polite');

    var fills = {};
    var g = el('g', { class: 'provinces', stroke: '#ffffff', 'stroke-width': 0.8, 'stroke-linejoin': 'round' }, svg);
    Object.keys(geo.provinces).forEach(function (code) {
      var row = rowsByCode[code];
      var v = type === 'TEXT' || !row ? null : numericValue(row.value);
      var fill = v === null ? noDataFill : cls[classIndex(cls, v)].colour;
      var label = provinceLabel(code, geo, row) + ': ' + format(v);
      fills[code] = fill;
      var path = el('path', { id: uid + '-' + code, d: geo.provinces[code].d, fill: fill, tabindex: 0, role: 'img', 'aria-label': label }, g);
      el('title', {}, path).textContent = label;
      path.dataset.info = label;
    });

    (geo.islands || []).forEach(function (isl) {
      var name = isl.name[D.lang()] || isl.name.vi;
      var parent = geo.provinces[isl.province];
      var ig = el('g', { class: 'archipelago' }, svg);
      el('title', {}, ig).textContent = name + ' (' + m('belongsTo') + ' ' + provinceLabel(isl.province, geo, rowsByCode[isl.province]) + ')';
      el('rect', { x: isl.box[0], y: isl.box[1], width: isl.box[2], height: isl.box[3], rx: 6, fill: 'none', stroke: '#777', 'stroke-width': 1, 'stroke-dasharray': '4 3' }, ig);
      el('path', { d: isl.d, fill: fills[isl.province] === noDataFill ? HATCH : fills[isl.province], stroke: '#555', 'stroke-width': 0.6 }, ig);
      text(ig, isl.label[0], isl.label[1], name, { 'font-size': 26, 'font-style': 'italic' });
      if (!parent) ig.setAttribute('display', 'none');
    });

    if (figure.dataset.labels === 'values') {
      var short = D.formatter(type); // the unit is in the legend, not on each of 34 labels
      var lg = el('g', { class: 'value-labels', 'aria-hidden': 'true', 'pointer-events': 'none' }, svg);
      Object.keys(geo.provinces).forEach(function (code) {
        var row = rowsByCode[code];
        var v = row ? numericValue(row.value) : null;
        if (v === null || type === 'TEXT') return;
        var p = geo.provinces[code].label;
        text(lg, p[0], p[1] + 4, short(v), { 'font-size': 11, 'text-anchor': 'middle', stroke: '#fff', 'stroke-width': 2.5, 'paint-order': 'stroke' });
      });
    }

    var heading = data.unit || (data.indicator && data.indicator.name) || m('legend');
    var rows = legendRows(cls, D.formatter(type), noDataFill);

    // Focus/hover outline drawn on top (a province's stroke is otherwise hidden under its neighbours).
    var highlight = el('use', { class: 'highlight', fill: 'none', stroke: '#111', 'stroke-width': 2.5, 'pointer-events': 'none' }, svg);
    function show(e) {
      var target = e.target;
      if (!target.dataset || !target.dataset.info) return;
      highlight.setAttribute('href', '#' + target.id);
      info.textContent = target.dataset.info;
    }
    g.addEventListener('focusin', show);
    g.addEventListener('mouseover', show);
    g.addEventListener('click', show);
    g.addEventListener('focusout', function () { highlight.removeAttribute('href'); });

    var box = document.createElement('div');
    box.className = 'map-box';
    box.appendChild(svg);
    var caption = figure.querySelector('figcaption');
    figure.insertBefore(box, caption ? caption.nextSibling : figure.firstChild);
    figure.insertBefore(info, box.nextSibling);
    if (type === 'TEXT') D.showMessage(figure, m('text'));
    else figure.insertBefore(htmlLegend(rows, heading), info.nextSibling);

    var name = D.slug(title);
    var bar = D.toolbar(figure);
    bar.appendChild(D.button(D.t('png'), function () {
      svgToPng(svg, vb, name + '.png', function (clone) { svgLegend(clone, vb, title, rows, heading); });
    }));
    if (type !== 'TEXT') D.hideTableBehindToggle(figure);
  }

  // SVG → data: URL (the CSP allows data: images, not blob: ones) → <img> → canvas → PNG.
  function svgToPng(svg, vb, filename, decorate) {
    var clone = svg.cloneNode(true);
    var h = clone.querySelector('.highlight');
    if (h) h.remove();
    decorate(clone);
    clone.setAttribute('xmlns', SVG);
    clone.setAttribute('width', PNG_WIDTH);
    clone.setAttribute('height', Math.round(PNG_WIDTH * vb[3] / vb[2]));
    var url = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(clone));
    var img = new Image();
    img.onload = function () {
      var canvas = document.createElement('canvas');
      canvas.width = PNG_WIDTH;
      canvas.height = Math.round(PNG_WIDTH * vb[3] / vb[2]);
      canvas.getContext('2d').drawImage(img, 0, 0, canvas.width, canvas.height);
      D.canvasToPng(canvas, filename);
    };
    img.src = url;
  }

  function initMap(figure) {
    var src = figure.dataset.src, geoUrl = figure.dataset.geometry;
    if (!src || !geoUrl) return;
    D.whenVisible(figure, function () {
      Promise.all([geometry(geoUrl), D.fetchJson(src)])
        .then(function (r) { render(figure, r[0], r[1]); })
        .catch(function () { D.showMessage(figure, m('failed')); });
    });
  }

  function init(root) {
    Array.prototype.forEach.call((root || document).querySelectorAll('figure.province-map[data-src]'), function (f) {
      if (f.dataset.enhanced) return;
      f.dataset.enhanced = 'true';
      initMap(f);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
  document.addEventListener('htmx:afterSettle', function (e) { init(e.target); });
}());
