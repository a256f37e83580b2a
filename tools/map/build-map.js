#!/usr/bin/env node
// Builds src/main/resources/static/dashboard/vn-provinces.json: the 34 provinces of Viet Nam
// (since 1 July 2025) as compact SVG paths, plus the Hoàng Sa and Trường Sa archipelagos.
//
// Usage (see README.md):  node tools/map/build-map.js <unpacked @svg-maps/vietnam package dir>
//
// Why this shape of pipeline:
// - The source (@svg-maps/vietnam 2.0.0, CC BY 4.0) draws the 63 pre-2025 provinces, already
//   projected (equirectangular, about cos 16° horizontal scaling) in an 812×873 viewBox. We keep
//   that projection, crop and rescale to a 1000-unit height, simplify (Douglas–Peucker) and round
//   to integers. Each old province's rings are written into the path of the new province it was
//   merged into (old_to_new_provinces_20250701.csv): no polygon union is needed for a fill.
// - The source's own "hoangsa"/"truongsa" shapes are dropped: its Hoàng Sa sits about 1.2° east
//   and 0.5° south of the real archipelago. We draw both archipelagos ourselves as dots at the
//   real positions of their main islands, projected with the same transform as the mainland,
//   and name them in Vietnamese. Hoàng Sa belongs to Đà Nẵng (48), Trường Sa to Khánh Hòa (56).
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const DATA = path.join(ROOT, 'src/main/resources/orgunit/data');
const OUT = path.join(ROOT, 'src/main/resources/static/dashboard/vn-provinces.json');

const TOLERANCE = 0.5;   // Douglas–Peucker tolerance, output units (viewBox height 1000)
const MIN_RING = 1.2;    // rings whose bounding box is smaller than this (output units) are dropped
const HEIGHT = 1000;
const MARGIN = 10;

// Source id → pre-2025 province code (the codes of old_to_new_provinces_20250701.csv).
const OLD_CODE = {
  angiang: '89', baria: '77', baclieu: '95', bacgiang: '24', backan: '06', bacninh: '27',
  bentre: '83', binhduong: '74', binhdinh: '52', binhphuoc: '70', binhthuan: '60', camau: '96',
  caobang: '04', cantho: '92', danang: '48', daklak: '66', daknong: '67', dongnai: '75',
  dongthap: '87', dienbien: '11', gialai: '64', hagiang: '02', hanam: '35', hanoi: '01',
  hatinh: '42', haiduong: '30', haiphong: '31', haugiang: '93', hoabinh: '17', hcm: '79',
  hungyen: '33', khanhhoa: '56', kiengiang: '91', kontum: '62', lamdong: '68', langson: '20',
  laichau: '12', laocai: '10', longan: '80', namdinh: '36', ninhbinh: '37', ninhthuan: '58',
  nghean: '40', phutho: '25', phuyen: '54', quangbinh: '44', quangnam: '49', quangngai: '51',
  quangninh: '22', quangtri: '45', sonla: '14', soctrang: '94', tayninh: '72', thanhhoa: '38',
  thaibinh: '34', thainguyen: '19', tthue: '46', tiengiang: '82', travinh: '84',
  tuyenquang: '08', vinhlong: '86', vinhphuc: '26', yenbai: '15'
};
const REPLACED = ['hoangsa', 'truongsa'];

// Source coordinates ← longitude/latitude, fitted on extreme points of the mainland
// (Điện Biên west 102.144°E → x 0, Khánh Hòa/Mũi Đôi 109.464°E → x 380.5,
//  Hà Giang/Lũng Cú 23.393°N → y 0, Cà Mau/Đất Mũi 8.56°N → y 800); checked against
// Côn Đảo, Phú Quốc and Cát Bà (within 0.05°).
const lonToX = (lon) => (lon - 102.144) * 380.5 / (109.464 - 102.144);
const latToY = (lat) => (23.393 - lat) * 800 / (23.393 - 8.56);

// Main islands (approximate real positions, [lat, lon]).
const ARCHIPELAGOS = [
  {
    id: 'hoang-sa', province: '48',
    name: { vi: 'Quần đảo Hoàng Sa', en: 'Hoàng Sa archipelago' },
    islands: [
      [16.53, 111.61], [16.45, 111.51], [16.51, 111.57], [16.46, 111.74], [16.45, 111.70],
      [15.78, 111.20], [16.83, 112.34], [16.67, 112.73], [16.98, 112.27], [16.97, 112.32],
      [16.03, 112.53], [17.09, 111.50]
    ]
  },
  {
    id: 'truong-sa', province: '56',
    name: { vi: 'Quần đảo Trường Sa', en: 'Trường Sa archipelago' },
    islands: [
      [11.43, 114.33], [11.45, 114.30], [11.05, 114.28], [10.68, 114.42], [10.38, 114.36],
      [10.38, 114.48], [10.18, 114.36], [9.88, 114.33], [9.92, 114.57], [8.64, 111.92],
      [7.87, 112.92], [8.95, 113.70], [8.67, 111.67], [8.85, 112.22], [11.08, 115.02],
      [10.73, 115.80], [10.81, 115.83], [8.15, 113.30]
    ]
  }
];

function readCsv(file) {
  const lines = fs.readFileSync(path.join(DATA, file), 'utf8').trim().split(/\r?\n/);
  const head = lines.shift().split(',');
  return lines.map((l) => {
    const cells = l.split(',');
    return Object.fromEntries(head.map((h, i) => [h, cells[i]]));
  });
}

function readSource(dir) {
  const js = fs.readFileSync(path.join(dir, 'index.js'), 'utf8');
  return JSON.parse(js.replace(/^\s*export default\s*/, '').trim().replace(/;$/, ''));
}

// Parses the subset of SVG path syntax the source uses (m/M, l/L, c, z/Z) into rings of
// absolute points. Curves keep only their end point: they are tiny and simplified away anyway.
function parseRings(d) {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g);
  const rings = [];
  let i = 0, x = 0, y = 0, sx = 0, sy = 0, cmd = '', ring = null;
  const num = () => parseFloat(tokens[i++]);
  while (i < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[i])) cmd = tokens[i++];
    if (cmd === 'z' || cmd === 'Z') {
      if (ring) rings.push(ring);
      ring = null; x = sx; y = sy;
      continue;
    }
    if (cmd === 'm' || cmd === 'M') {
      const a = num(), b = num();
      if (cmd === 'm') { x += a; y += b; } else { x = a; y = b; }
      if (ring) rings.push(ring);
      ring = [[x, y]]; sx = x; sy = y;
      cmd = cmd === 'm' ? 'l' : 'L';
      continue;
    }
    if (cmd === 'l') { x += num(); y += num(); }
    else if (cmd === 'L') { x = num(); y = num(); }
    else if (cmd === 'c') { i += 4; x += num(); y += num(); }
    else throw new Error('Unsupported path command ' + cmd);
    ring.push([x, y]);
  }
  if (ring) rings.push(ring);
  return rings;
}

function segmentDistance(p, a, b) {
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

// Iterative Douglas–Peucker on a closed ring (split at the point farthest from the first).
function simplify(ring, tol) {
  if (ring.length < 4) return ring;
  let far = 0, farD = -1;
  ring.forEach((p, k) => {
    const dd = Math.hypot(p[0] - ring[0][0], p[1] - ring[0][1]);
    if (dd > farD) { farD = dd; far = k; }
  });
  const keep = new Uint8Array(ring.length);
  keep[0] = keep[far] = keep[ring.length - 1] = 1;
  const stack = [[0, far], [far, ring.length - 1]];
  while (stack.length) {
    const [s, e] = stack.pop();
    let idx = -1, max = tol;
    for (let k = s + 1; k < e; k++) {
      const dd = segmentDistance(ring[k], ring[s], ring[e]);
      if (dd > max) { max = dd; idx = k; }
    }
    if (idx >= 0) { keep[idx] = 1; stack.push([s, idx], [idx, e]); }
  }
  return ring.filter((_, k) => keep[k]);
}

function bbox(points) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) {
    b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y);
    b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
  }
  return b;
}

function area(ring) {
  let a = 0;
  for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
    a += (ring[j][0] + ring[k][0]) * (ring[j][1] - ring[k][1]);
  }
  return Math.abs(a / 2);
}

function inside(p, ring) {
  let c = false;
  for (let k = 0, j = ring.length - 1; k < ring.length; j = k++) {
    const a = ring[k], b = ring[j];
    if ((a[1] > p[1]) !== (b[1] > p[1]) &&
        p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0]) c = !c;
  }
  return c;
}

// Label point: on a 1-unit grid over the largest ring, the inside point farthest from its edge
// (a cheap pole of inaccessibility; a centroid can fall outside a crescent-shaped province).
function labelPoint(rings) {
  const ring = rings.reduce((a, b) => (area(b) > area(a) ? b : a));
  const [x0, y0, x1, y1] = bbox(ring);
  let best = [Math.round((x0 + x1) / 2), Math.round((y0 + y1) / 2)], bestD = -1;
  for (let x = Math.ceil(x0); x <= x1; x++) {
    for (let y = Math.ceil(y0); y <= y1; y++) {
      if (!inside([x, y], ring)) continue;
      let d = Infinity;
      for (let k = 0, j = ring.length - 1; k < ring.length && d > bestD; j = k++) {
        d = Math.min(d, segmentDistance([x, y], ring[j], ring[k]));
      }
      if (d > bestD) { bestD = d; best = [x, y]; }
    }
  }
  return best;
}

// "M12 34l5-2-3 0z": absolute start, integer deltas, no space before a minus sign.
function pathData(rings) {
  let out = '';
  for (const ring of rings) {
    out += 'M' + ring[0][0] + ' ' + ring[0][1] + 'l';
    let prev = ring[0], first = true;
    for (const p of ring.slice(1)) {
      const dx = p[0] - prev[0], dy = p[1] - prev[1];
      out += (first || dx < 0 ? '' : ' ') + dx + (dy < 0 ? '' : ' ') + dy;
      first = false; prev = p;
    }
    out += 'z';
  }
  return out;
}

function roundRing(ring) {
  const out = [];
  for (const [x, y] of ring) {
    const p = [Math.round(x), Math.round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  return out;
}

function main() {
  const srcDir = process.argv[2];
  if (!srcDir) throw new Error('usage: node tools/map/build-map.js <@svg-maps/vietnam package dir>');
  const source = readSource(srcDir);
  const current = readCsv('provinces_current.csv');
  const newOf = Object.fromEntries(readCsv('old_to_new_provinces_20250701.csv')
    .map((r) => [r.old_province_code, r.new_province_code]));

  // Source-space geometry of each old province, and of the island dots.
  const old = source.locations.filter((l) => !REPLACED.includes(l.id)).map((l) => {
    if (!OLD_CODE[l.id]) throw new Error('No province code for source id ' + l.id);
    return { code: OLD_CODE[l.id], rings: parseRings(l.path) };
  });
  if (old.length !== 63) throw new Error('Expected 63 old provinces, got ' + old.length);
  const dots = ARCHIPELAGOS.map((a) => a.islands.map(([lat, lon]) => [lonToX(lon), latToY(lat)]));

  // Crop to the content and scale to HEIGHT units, leaving room for the archipelago labels.
  const all = old.flatMap((o) => o.rings.flat()).concat(dots.flat());
  const [bx0, by0, bx1, by1] = bbox(all);
  const scale = (HEIGHT - 2 * MARGIN) / (by1 - by0);
  const tx = (p) => [(p[0] - bx0) * scale + MARGIN, (p[1] - by0) * scale + MARGIN];
  const width = Math.ceil((bx1 - bx0) * scale + 2 * MARGIN + 60);

  const byNew = {};
  for (const o of old) {
    const code = newOf[o.code];
    if (!code) throw new Error('Old province ' + o.code + ' has no new code');
    for (const ring of o.rings) {
      const scaled = ring.map(tx);
      const [x0, y0, x1, y1] = bbox(scaled);
      if (Math.max(x1 - x0, y1 - y0) < MIN_RING) continue;
      const r = roundRing(simplify(scaled.concat([scaled[0]]), TOLERANCE));
      if (r.length >= 3) (byNew[code] = byNew[code] || []).push(r);
    }
  }

  const provinces = {};
  for (const p of current) {
    const rings = byNew[p.code];
    if (!rings) throw new Error('No geometry for province ' + p.code + ' ' + p.name);
    provinces[p.code] = { name: p.name, d: pathData(rings), label: labelPoint(rings) };
  }
  const extra = Object.keys(byNew).filter((c) => !provinces[c]);
  if (extra.length) throw new Error('Geometry for unknown codes ' + extra);

  const islands = ARCHIPELAGOS.map((a, k) => {
    const pts = dots[k].map((p) => tx(p).map(Math.round));
    const [x0, y0, x1, y1] = bbox(pts);
    const pad = 8;
    return {
      id: a.id, province: a.province, name: a.name,
      // One dot (a 6-unit circle) per main island, so the group reads at any size.
      d: pts.map(([x, y]) => 'M' + (x - 3) + ' ' + y + 'a3 3 0 1 0 6 0a3 3 0 1 0-6 0z').join(''),
      box: [x0 - pad, y0 - pad, x1 - x0 + 2 * pad, y1 - y0 + 2 * pad],
      label: [x0 - pad, y0 - pad - 6]
    };
  });

  const out = {
    viewBox: '0 0 ' + width + ' ' + HEIGHT,
    source: '@svg-maps/vietnam 2.0.0 (CC BY 4.0, Stephen Truong); archipelagos and 2025 merger: hoiso',
    provinces, islands
  };
  fs.mkdirSync(path.dirname(OUT), { recursive: true });
  fs.writeFileSync(OUT, JSON.stringify(out) + '\n');
  console.log('wrote', path.relative(ROOT, OUT), fs.statSync(OUT).size, 'bytes,',
    Object.keys(provinces).length, 'provinces');
}

main();
