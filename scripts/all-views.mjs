#!/usr/bin/env node
// Publishes the build with every view, which the page loads on demand (see
// src/state/handover.rs), next to the first-load build:
//   - Trunk builds it as a "worker" asset (index.html), so the page does not load it and
//     its files carry no content hash: this gives them one, so a new deploy can never mix
//     a fresh page with a stale copy of this build;
//   - the stylesheets only its views use (STYLESHEETS) become one hashed file;
//   - <meta name="yardstick-all-views"> in index.html names the files, with the
//     integrity of the wasm and the stylesheet, for src/browser/all_views.rs.
//
// Usage: as part of scripts/post-build.mjs, or `node scripts/all-views.mjs DIST SOURCE`.

import { createHash } from "node:crypto";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const NAME = "yardstick-all-views";
export const META_NAME = "yardstick-all-views";
/** Stylesheets of the views only the build with every view has, in cascade order. */
export const STYLESHEETS = ["style/results.css", "style/history.css"];

function fail(message) {
  console.error(`all-views: error: ${message}`);
  process.exit(1);
}

const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const shortHash = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

export function publishAllViews(dist, source) {
  const jsPath = join(dist, `${NAME}.js`);
  const wasmPath = join(dist, `${NAME}_bg.wasm`);
  for (const path of [jsPath, wasmPath]) {
    if (!existsSync(path)) fail(`${path} is missing: index.html must build the ${NAME} binary`);
  }
  const js = readFileSync(jsPath);
  const wasm = readFileSync(wasmPath);
  const css = Buffer.from(
    STYLESHEETS.map((file) => `/* ${file} */\n${readFileSync(join(source, file), "utf8")}`).join("\n"),
  );
  const hash = shortHash(js, wasm, css);
  const names = { js: `${NAME}-${hash}.js`, wasm: `${NAME}-${hash}_bg.wasm`, css: `all-views-${hash}.css` };
  renameSync(jsPath, join(dist, names.js));
  renameSync(wasmPath, join(dist, names.wasm));
  writeFileSync(join(dist, names.css), css);
  for (const leftover of [`${NAME}.d.ts`, `${NAME}_bg.wasm.d.ts`]) rmSync(join(dist, leftover), { force: true });

  const indexPath = join(dist, "index.html");
  let html = readFileSync(indexPath, "utf8");
  if (html.includes(`name="${META_NAME}"`)) fail(`${indexPath} already names the build with every view`);
  const meta =
    `<meta name="${META_NAME}" content="./${names.js}" data-wasm="./${names.wasm}" ` +
    `data-integrity="${sri(wasm)}" data-css="./${names.css}" data-css-integrity="${sri(css)}">`;
  if (!/<\/head>/i.test(html)) fail(`${indexPath} has no </head>`);
  html = html.replace(/<\/head>/i, `${meta}\n</head>`);
  writeFileSync(indexPath, html);
  console.log(`all-views: published ${names.js}, ${names.wasm} and ${names.css}`);
  return names;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const [dist, source = process.cwd()] = process.argv.slice(2);
  if (!dist) fail("usage: node scripts/all-views.mjs DIST [SOURCE]");
  publishAllViews(dist, source);
}
