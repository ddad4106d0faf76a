// Consistency checks across the gazetteer files (run after build.mjs): every alias points at a place row,
// every landmark/admin1 country is in countries.tsv, landmark admin1 names exist in admin1.tsv. Exit 1 on errors.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
const GZ = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SPECIAL = { 'ı': 'i', 'ł': 'l', 'ø': 'o', 'æ': 'ae', 'ß': 'ss', 'đ': 'd', 'ǝ': 'a', 'ə': 'a', 'ʻ': "'", 'ʼ': "'", '‘': "'", '’': "'", '`': "'", '´': "'", '–': '-', '—': '-' };
const ascii = (s) => s.replace(/[^\u0000-\u007f]/g, (c) => SPECIAL[c] ?? c).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const fold = (s) => ascii(s).toLowerCase().replace(/['"`.,()]/g, '').replace(/-/g, ' ').replace(/\b(al|el|ad|ar|as|ash|at|az|an)\s+/g, '').replace(/\s+/g, ' ').trim();
const rows = (f) => fs.readFileSync(path.join(GZ, f), 'utf8').split('\n').slice(1).filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const errors = [];
const countries = new Set(rows('countries.tsv').map((f) => f[0]));
for (const f of rows('countries.tsv')) if (f.length !== 8) errors.push(`countries.tsv: ${f[0]} has ${f.length} fields`);
const admin1 = new Set();
for (const f of rows('admin1.tsv')) {
  if (!countries.has(f[0])) errors.push(`admin1.tsv: unknown country ${f[0]}`);
  admin1.add(`${f[0]}|${fold(f[1])}`);
}
const places = new Set(); let n = 0;
for (const l of zlib.gunzipSync(fs.readFileSync(path.join(GZ, 'places.tsv.gz'))).toString('utf8').split('\n').slice(1)) {
  if (!l) continue; const f = l.split('\t'); n++;
  if (f.length !== 10) errors.push(`places: ${f.length} fields: ${l}`);
  if (!countries.has(f[3])) errors.push(`places: unknown country ${f[3]}`);
  if (f[4] && !admin1.has(`${f[3]}|${fold(f[4])}`)) errors.push(`places: admin1 ${f[3]} ${f[4]} missing from admin1.tsv`);
  places.add(`${f[3]}|${fold(f[1])}|${fold(f[4])}`);
}
// An alias points at a place row, or (with an empty admin1 column) at an admin1 unit, as the loader resolves it.
for (const f of rows('aliases.tsv')) if (!places.has(`${f[2]}|${fold(f[1])}|${fold(f[3] ?? '')}`) && !(!f[3] && admin1.has(`${f[2]}|${fold(f[1])}`))) errors.push(`aliases.tsv: no place for ${f.join(' / ')}`);
for (const f of rows('landmarks.tsv')) {
  if (f.length !== 9) errors.push(`landmarks.tsv: ${f.length} fields: ${f[0]}`);
  if (!countries.has(f[3])) errors.push(`landmarks.tsv: unknown country ${f[3]}`);
  if (f[4] && !admin1.has(`${f[3]}|${fold(f[4])}`)) errors.push(`landmarks.tsv: admin1 ${f[3]} ${f[4]} missing (${f[0]})`);
  if (!(Math.abs(+f[7]) <= 90 && Math.abs(+f[8]) <= 180)) errors.push(`landmarks.tsv: bad coordinates for ${f[0]}`);
}
console.log(`places ${n}, admin1 ${admin1.size}, countries ${countries.size}, aliases ${rows('aliases.tsv').length}, landmarks ${rows('landmarks.tsv').length}; ${errors.length} problems`);
for (const e of [...new Set(errors)].slice(0, 50)) console.log('  ' + e);
process.exit(errors.length ? 1 : 0);
