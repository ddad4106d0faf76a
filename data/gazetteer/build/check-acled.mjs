// Reports how many ACLED dev rows have a (country, admin1) that admin1.tsv knows, after folding.
// Reads the evaluation CSVs in place (../../../../shared/eval); copies nothing. Usage: node check-acled.mjs [--list]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const GZ = path.resolve(HERE, '..');
const EVAL = process.env.FAULTLINE_EVAL ?? path.resolve(HERE, '../../../../shared/eval');
const SPECIAL = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'ß': 'ss', 'đ': 'd', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'", '`': "'", '´': "'", '–': '-', '—': '-' };
const ascii = (s) => s.replace(/[^\u0000-\u007f]/g, (c) => SPECIAL[c] ?? c).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const fold = (s) => ascii(s).toLowerCase().replace(/['"`.,()/]/g, '').replace(/-/g, ' ')
  .replace(/\b(al|el|ad|ar|as|ash|at|az|an|ath|adh)\s+/g, '').replace(/\s+/g, ' ').trim();
function parseCsv(text) {
  const rows = []; let row = [], f = '', q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) { if (ch === '"') { if (text[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += ch; }
    else if (ch === '"') q = true;
    else if (ch === ',') { row.push(f); f = ''; }
    else if (ch === '\n') { row.push(f); rows.push(row); row = []; f = ''; }
    else if (ch !== '\r') f += ch;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  return rows;
}
const tsvRows = (p) => fs.readFileSync(p, 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const countryByName = new Map();
for (const f of tsvRows(path.join(GZ, 'countries.tsv'))) for (const n of [f[2], ...f[3].split('|')]) if (n) countryByName.set(fold(n), f[0]);
const canon = new Set(), any = new Set();
for (const f of tsvRows(path.join(GZ, 'admin1.tsv'))) {
  canon.add(`${f[0]}|${fold(f[1])}`); any.add(`${f[0]}|${fold(f[1])}`);
  for (const a of f[2].split('|')) if (a) any.add(`${f[0]}|${fold(a)}`);
}
let total = 0, okC = 0, okA = 0; const miss = new Map();
for (const dir of fs.readdirSync(EVAL).filter((d) => d.startsWith('acled-'))) {
  for (const file of fs.readdirSync(path.join(EVAL, dir)).filter((f) => f.endsWith('.csv'))) {
    const rows = parseCsv(fs.readFileSync(path.join(EVAL, dir, file), 'utf8'));
    const h = rows.shift(); const ci = h.indexOf('country'), ai = h.indexOf('admin1');
    for (const r of rows) {
      if (r.length < h.length) continue;
      total++;
      const cc = countryByName.get(fold(r[ci])) ?? '?';
      const k = `${cc}|${fold(r[ai])}`;
      if (canon.has(k)) okC++;
      if (any.has(k)) okA++; else miss.set(`${r[ci]} / ${r[ai]}`, (miss.get(`${r[ci]} / ${r[ai]}`) ?? 0) + 1);
    }
  }
}
const pct = (n) => (100 * n / total).toFixed(1) + '%';
console.log(`ACLED dev rows: ${total}; (country, admin1) = canonical admin1: ${okC} (${pct(okC)}); canonical or alias: ${okA} (${pct(okA)})`);
if (process.argv.includes('--list')) for (const [k, v] of [...miss].sort((a, b) => b[1] - a[1])) console.log(`  missing: ${k} (${v})`);
