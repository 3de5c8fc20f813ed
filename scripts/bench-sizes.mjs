#!/usr/bin/env node
// Sizes of what opening the page downloads, read from the build: the built index.html
// and every file it references (stylesheets, icon, preloads, scripts, and the wasm/js
// named by Trunk's inline module loader, and the modules those scripts import), raw,
// gzip -9 and brotli (max quality). The whole journey, measured in a browser, is
// tests/bench/journey.spec.ts.
//
//   node scripts/bench-sizes.mjs [dist] [--budget-gzip-kb 220]
//
// Exits 1 when the gzip total is over the budget, or a referenced file is missing.
import { readFileSync, existsSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? "dist";
const budgetIdx = args.indexOf("--budget-gzip-kb");
const budgetKb = budgetIdx === -1 ? Infinity : Number(args[budgetIdx + 1]);

const html = readFileSync(join(dist, "index.html"), "utf8").replace(/<!--[\s\S]*?-->/g, "");

const refs = new Set();
const add = (url) => {
  if (!url || /^(data:|https?:|\/\/|#)/i.test(url)) return;
  refs.add(normalize(url.replace(/^\.\//, "").split(/[?#]/)[0]));
};
// <link href=...> that the browser fetches on load.
for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
  const tag = m[0];
  const rel = (tag.match(/\brel\s*=\s*["']?([^"'\s>]+)/i) || [])[1] || "";
  if (/^(stylesheet|icon|shortcut|apple-touch-icon|modulepreload|preload|manifest)$/i.test(rel)) {
    add((tag.match(/\bhref\s*=\s*["']([^"']+)["']/i) || [])[1]);
  }
}
// <script src=...> and what inline module scripts import or pass to init().
for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
  const src = (m[1].match(/\bsrc\s*=\s*["']([^"']+)["']/i) || [])[1];
  if (src) add(src);
  for (const i of m[2].matchAll(/\bfrom\s*['"]([^'"]+)['"]/g)) add(i[1]);
  for (const i of m[2].matchAll(/['"]([^'"]+\.wasm)['"]/g)) add(i[1]);
}
// <img src=...> in the static page, if any.
for (const m of html.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)) add(m[1]);

// Static imports of every JavaScript file loaded, followed to the end (wasm-bindgen's
// snippets, for one).
const followImports = (set) => {
  const queue = [...set].filter((f) => f.endsWith(".js"));
  while (queue.length) {
    const file = queue.shift();
    const path = join(dist, file);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(/\bimport\s*(?:[^'"()]*?\bfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const dep = normalize(join(dirname(file), m[1]));
      if (!set.has(dep)) {
        set.add(dep);
        queue.push(dep);
      }
    }
  }
  return set;
};
followImports(refs);

const measure = (files) => {
  const rows = [];
  let missing = 0;
  for (const f of files) {
    const path = join(dist, f);
    if (!existsSync(path)) {
      console.error(`bench: ${f} is referenced but missing from ${dist}/`);
      missing++;
      continue;
    }
    const raw = readFileSync(path);
    rows.push({
      file: f,
      raw: raw.length,
      gzip: gzipSync(raw, { level: 9 }).length,
      brotli: brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }).length,
    });
  }
  return { rows, missing };
};
const { rows, missing } = measure(["index.html", ...[...refs].sort()]);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
  raw: 0,
  gzip: 0,
  brotli: 0,
});

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const sum = (rows) =>
  rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), {
    raw: 0,
    gzip: 0,
    brotli: 0,
  });
const table = (rows, label) => {
  const t = sum(rows);
  const width = Math.max(...rows.map((r) => r.file.length), label.length);
  console.log(`${"file".padEnd(width)}  ${"raw KB".padStart(8)}  ${"gzip KB".padStart(8)}  ${"br KB".padStart(8)}`);
  for (const r of rows) console.log(`${r.file.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
  console.log(`${label.padEnd(width)}  ${kb(t.raw)}  ${kb(t.gzip)}  ${kb(t.brotli)}`);
  console.log(`(${rows.length} files; bytes: raw ${t.raw}, gzip ${t.gzip}, brotli ${t.brotli})`);
};
table(rows, "TOTAL");

let status = missing ? 1 : 0;
if (Number.isFinite(budgetKb)) {
  const over = total.gzip > budgetKb * 1024;
  console.log(`gzip budget: ${(total.gzip / 1024).toFixed(1)} KB of ${budgetKb} KB: ${over ? "OVER BUDGET" : "ok"}`);
  if (over) status = 1;
}
process.exit(status);
