/*
 * Dashboard charts and sortable tables: progressive enhancement over server-rendered markup.
 * The page shows its numbers without this script (the server renders every data table); the script
 * draws charts over them and adds downloads. Needs /webjars/chart.js/dist/chart.umd.min.js loaded
 * before it (both with "defer"); province-map.js, if used, is loaded after it and reuses
 * window.HoisoDashboard.
 *
 * Contract with the server (markup):
 *
 *   <figure class="chart" data-chart="line|bar" data-src="/dashboard/…/series.json?…" data-title="…">
 *     <figcaption>…</figcaption>               (optional)
 *     <canvas></canvas>
 *     <div class="figure-table"><table>…the same numbers…</table></div>
 *   </figure>
 *
 *   The wrapper div is optional (the script adds it) but lets a wide table scroll on a phone
 *   without JS. The table may be class="sortable" (see below).
 *
 *   data-title is optional: it names the PNG/CSV files and wins over the JSON title.
 *
 * Contract (JSON at data-src, GET, same origin, cookies sent):
 *
 *   {"title":"…","unit":"…",
 *    "indicator":{"code":"…","name":"…","valueType":"INTEGER|DECIMAL|PERCENTAGE|BOOLEAN|TEXT"},
 *    "labels":["01/2025",…],
 *    "series":[{"name":"…","values":[123, null, …]}]}
 *
 *   values[i] belongs to labels[i]; null = not reported (drawn as a gap). PERCENTAGE values are
 *   percent points (45.5 means 45,5 %); BOOLEAN values are 1/0; TEXT cannot be charted (the table stays).
 *   "unit" is optional, shown after numbers ("người", "hội viên").
 *
 * What the script does with a figure: draws the chart, hides the table visually (it stays in the
 * accessibility tree, and a button shows it again), and adds a "Tải ảnh PNG" button to the figure's
 * <div class="figure-actions"> (made if missing). The data as CSV is a plain link the server renders
 * there (/dashboard/….csv): the server writes every CSV, so one rule protects cells against formulas
 * (org.hoiso.tables.CsvTableWriter.neutralised). If the JSON cannot be loaded, a localised message
 * appears in the figure and the table stays visible.
 *
 * When figures are drawn: on a phone, when they come near the screen (she does not fetch what she does
 * not scroll to); on a wider screen (a full-page view) at once; and before printing, any not drawn yet.
 * Integer indicators get whole-number axis ticks only (no "1, 1, 2, 2" from rounded halves).
 *
 * Sortable tables: <table class="sortable"> with <th data-sort="number|text"> in its <thead>.
 * Number cells carry the raw value in data-value ("1234.5"; empty or absent = no value, sorted last);
 * text cells sort by their text in Vietnamese order. The header gets a button and aria-sort.
 *
 * Texts: from the map below, keyed by <html lang> ("vi" default, "en"). Numbers: vi-VN formatting
 * (1.234,5) on Vietnamese pages, en-GB on English ones.
 */
(function () {
  'use strict';

  var I18N = {
    vi: {
      png: 'Tải ảnh PNG',
      showTable: 'Xem bảng số liệu',
      hideTable: 'Ẩn bảng số liệu',
      loadFailed: 'Không tải được dữ liệu để vẽ biểu đồ. Số liệu vẫn có trong bảng.',
      cannotChart: 'Chỉ tiêu dạng chữ không vẽ được biểu đồ. Số liệu có trong bảng.',
      noData: 'Không có số liệu',
      yes: 'Có',
      no: 'Không',
      sortBy: 'Sắp xếp theo'
    },
    en: {
      png: 'Download PNG image',
      showTable: 'Show data table',
      hideTable: 'Hide data table',
      loadFailed: 'The chart data could not be loaded. The numbers are in the table.',
      cannotChart: 'A text indicator cannot be charted. The values are in the table.',
      noData: 'No data',
      yes: 'Yes',
      no: 'No',
      sortBy: 'Sort by'
    }
  };

  // Colour-blind-safe categorical palette (Okabe–Ito), readable on white.
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

  function lang() {
    var l = (document.documentElement.lang || 'vi').toLowerCase().slice(0, 2);
    return I18N[l] ? l : 'vi';
  }

  function t(key) {
    return I18N[lang()][key];
  }

  function numberLocale() {
    return lang() === 'en' ? 'en-GB' : 'vi-VN';
  }

  // One formatter per value type: "1.234" for INTEGER, "1.234,56" for DECIMAL, "45,5%" for PERCENTAGE.
  function formatter(valueType, unit) {
    var type = valueType || 'DECIMAL';
    var suffix = unit && type !== 'PERCENTAGE' && type !== 'BOOLEAN' ? ' ' + unit : '';
    if (type === 'BOOLEAN') {
      return function (v) { return v === null || v === undefined ? t('noData') : (Number(v) ? t('yes') : t('no')); };
    }
    var nf = new Intl.NumberFormat(numberLocale(), {
      maximumFractionDigits: type === 'INTEGER' ? 0 : type === 'PERCENTAGE' ? 1 : 2
    });
    return function (v) {
      if (v === null || v === undefined || isNaN(v)) return t('noData');
      return nf.format(v) + (type === 'PERCENTAGE' ? '%' : '') + suffix;
    };
  }

  // "Tỷ lệ hội viên — Hà Nội" → "ty-le-hoi-vien-ha-noi": safe file names on every OS.
  function slug(text) {
    var s = String(text || 'du-lieu').normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return s.slice(0, 80) || 'du-lieu';
  }

  function download(blob, filename) {
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  // Chart.js leaves the canvas transparent; a PNG opened in a viewer or pasted into Word would
  // show black or checkered, so the image is composed on white.
  function canvasToPng(source, filename) {
    var out = document.createElement('canvas');
    out.width = source.width;
    out.height = source.height;
    var ctx = out.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(source, 0, 0);
    out.toBlob(function (blob) { if (blob) download(blob, filename); }, 'image/png');
  }

  // A phone's canvas is about 340 px wide: too coarse for a report, so the chart is redrawn at
  // least at twice the resolution for the export, then put back.
  function chartToPng(chart, filename) {
    var before = chart.options.devicePixelRatio;
    chart.options.devicePixelRatio = Math.max(2, window.devicePixelRatio || 1);
    chart.resize();
    canvasToPng(chart.canvas, filename);
    chart.options.devicePixelRatio = before;
    chart.resize();
  }

  function button(label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = 'secondary outline small';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  function toolbar(figure) {
    var bar = figure.querySelector('.figure-actions');
    if (!bar) {
      bar = document.createElement('div');
      bar.className = 'figure-actions';
      figure.appendChild(bar);
    }
    return bar;
  }

  function showMessage(figure, text) {
    var p = document.createElement('p');
    p.className = 'figure-message';
    p.setAttribute('role', 'status');
    p.textContent = text;
    var caption = figure.querySelector('figcaption');
    figure.insertBefore(p, caption ? caption.nextSibling : figure.firstChild);
  }

  // The table stays for screen readers (visually hidden) and comes back with one click. The class
  // goes on a wrapper <div class="figure-table">: a table cannot be shrunk to 1 px, and giving the
  // table itself display:block would drop its table semantics in some screen readers.
  function hideTableBehindToggle(figure) {
    var table = figure.querySelector('table');
    if (!table) return;
    var wrap = table.parentElement;
    if (!wrap.classList.contains('figure-table')) {
      wrap = document.createElement('div');
      wrap.className = 'figure-table';
      table.parentElement.insertBefore(wrap, table);
      wrap.appendChild(table);
    }
    if (!wrap.id) wrap.id = 'bang-' + Math.random().toString(36).slice(2, 9);
    wrap.classList.add('visually-hidden');
    var toggle = button(t('showTable'), function () {
      var hidden = wrap.classList.toggle('visually-hidden');
      toggle.textContent = hidden ? t('showTable') : t('hideTable');
      toggle.setAttribute('aria-expanded', String(!hidden));
    });
    toggle.setAttribute('aria-controls', wrap.id);
    toggle.setAttribute('aria-expanded', 'false');
    toolbar(figure).appendChild(toggle);
  }

  function fetchJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (res) {
        if (!res.ok) throw new Error('HTTP ' + res.status);
        return res.json();
      });
  }

  // Figures waiting to be drawn, so that printing draws them all.
  var pending = [];

  function runOnce(fn) {
    var done = false;
    return function () {
      if (done) return;
      done = true;
      fn();
    };
  }

  // A wide screen shows the whole page (and a full-page capture takes it all): draw at once.
  function wideScreen() {
    return window.matchMedia && window.matchMedia('(min-width: 768px)').matches;
  }

  // Cheap phones: fetch and draw a figure only when it comes near the screen; wide screens and printing
  // draw it at once.
  function whenVisible(el, fn) {
    var run = runOnce(fn);
    if (!('IntersectionObserver' in window) || wideScreen()) { run(); return; }
    var io = new IntersectionObserver(function (entries) {
      if (entries.some(function (e) { return e.isIntersecting; })) { io.disconnect(); run(); }
    }, { rootMargin: '300px' });
    io.observe(el);
    pending.push(function () { io.disconnect(); run(); });
  }

  function drawPending() {
    var waiting = pending;
    pending = [];
    waiting.forEach(function (run) { run(); });
  }

  window.addEventListener('beforeprint', drawPending);
  if (window.matchMedia) {
    var printing = window.matchMedia('print');
    if (printing.addEventListener) printing.addEventListener('change', function (e) { if (e.matches) drawPending(); });
  }

  // Tooltips say "1.234 người"; the axis says "1.234" once per tick and names the unit once.
  function chartConfig(kind, data, valueType) {
    var bar = kind === 'bar';
    var format = formatter(valueType, data.unit);
    var tick = formatter(valueType);
    // Counts have whole-number ticks only: a scale of 0–3 would otherwise tick every 0.5 and print
    // "0, 1, 1, 2, 2, 3" once the halves are rounded.
    var whole = valueType === 'INTEGER' || valueType === 'BOOLEAN';
    return {
      type: bar ? 'bar' : 'line',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) {
          var colour = PALETTE[i % PALETTE.length];
          return {
            label: s.name,
            data: s.values,
            borderColor: colour,
            backgroundColor: bar ? colour : colour + '33',
            borderWidth: 2,
            pointRadius: 2,
            spanGaps: false // a month not reported is a gap, not an interpolated line
          };
        })
      },
      options: {
        animation: false, // no per-frame work on slow phones
        maintainAspectRatio: false,
        responsive: true,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          title: { display: !!data.title, text: data.title },
          legend: { display: data.series.length > 1 },
          tooltip: {
            callbacks: {
              label: function (ctx) { return ctx.dataset.label + ': ' + format(ctx.parsed.y); }
            }
          }
        },
        scales: {
          y: {
            beginAtZero: true,
            title: { display: !!data.unit, text: data.unit },
            ticks: {
              precision: whole ? 0 : undefined,
              callback: function (v) {
                if (whole && Math.round(v) !== v) return null;
                return valueType === 'BOOLEAN' && v !== 0 && v !== 1 ? null : tick(v);
              }
            }
          }
        }
      }
    };
  }

  function ensureChartBox(canvas) {
    if (canvas.parentElement.classList.contains('chart-box')) return;
    var box = document.createElement('div');
    box.className = 'chart-box';
    canvas.parentElement.insertBefore(box, canvas);
    box.appendChild(canvas);
  }

  function drawChart(figure, data) {
    var canvas = figure.querySelector('canvas');
    var type = data.indicator && data.indicator.valueType;
    var title = figure.dataset.title || data.title;
    var name = slug(title);
    var drawn = false;
    if (!canvas || type === 'TEXT' || !window.Chart || !Array.isArray(data.series)) {
      if (canvas) canvas.hidden = true;
      showMessage(figure, type === 'TEXT' ? t('cannotChart') : t('loadFailed'));
    } else {
      ensureChartBox(canvas);
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', title || '');
      var chart = new window.Chart(canvas, chartConfig(figure.dataset.chart, data, type));
      drawn = true;
      toolbar(figure).appendChild(button(t('png'), function () { chartToPng(chart, name + '.png'); }));
    }
    if (drawn) hideTableBehindToggle(figure);
  }

  function initChart(figure) {
    var src = figure.dataset.src;
    if (!src) return;
    whenVisible(figure, function () {
      fetchJson(src)
        .then(function (data) { drawChart(figure, data); })
        .catch(function () {
          var canvas = figure.querySelector('canvas');
          if (canvas) canvas.hidden = true;
          showMessage(figure, t('loadFailed'));
        });
    });
  }

  // ---- sortable tables ----

  function cellNumber(cell) {
    var raw = cell ? (cell.dataset.value !== undefined ? cell.dataset.value : '') : '';
    var n = raw === '' ? NaN : Number(raw);
    return isNaN(n) ? null : n;
  }

  function compareRows(index, kind, direction) {
    return function (a, b) {
      var ca = a.cells[index], cb = b.cells[index];
      if (kind === 'number') {
        var x = cellNumber(ca), y = cellNumber(cb);
        if (x === null || y === null) return x === y ? 0 : (x === null ? 1 : -1); // no value last
        return (x - y) * direction;
      }
      var sa = ca ? ca.textContent.trim() : '', sb = cb ? cb.textContent.trim() : '';
      return sa.localeCompare(sb, 'vi', { sensitivity: 'base', numeric: true }) * direction;
    };
  }

  function sortBy(table, th) {
    var headers = table.querySelectorAll('thead th[data-sort]');
    var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
    Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
    Array.prototype.forEach.call(table.tBodies, function (body) {
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(compareRows(th.cellIndex, th.dataset.sort, direction));
      rows.forEach(function (r) { body.appendChild(r); });
    });
  }

  // The header's text moves into a button so the column sorts from the keyboard too.
  function initSortable(table) {
    Array.prototype.forEach.call(table.querySelectorAll('thead th[data-sort]'), function (th) {
      if (th.querySelector('button.sort')) return;
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'sort';
      while (th.firstChild) b.appendChild(th.firstChild);
      b.title = t('sortBy') + ' ' + b.textContent.trim();
      th.appendChild(b);
      b.addEventListener('click', function () { sortBy(table, th); });
    });
  }

  function init(root) {
    var scope = root || document;
    Array.prototype.forEach.call(scope.querySelectorAll('table.sortable'), initSortable);
    Array.prototype.forEach.call(scope.querySelectorAll('figure.chart[data-src]'), function (f) {
      if (f.dataset.enhanced) return;
      f.dataset.enhanced = 'true';
      initChart(f);
    });
  }

  window.HoisoDashboard = {
    t: t,
    lang: lang,
    formatter: formatter,
    slug: slug,
    download: download,
    canvasToPng: canvasToPng,
    button: button,
    toolbar: toolbar,
    showMessage: showMessage,
    hideTableBehindToggle: hideTableBehindToggle,
    fetchJson: fetchJson,
    whenVisible: whenVisible,
    init: init
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { init(); });
  } else {
    init();
  }
  // Content swapped in by htmx gets the same treatment.
  document.addEventListener('htmx:afterSettle', function (e) { init(e.target); });
}());
