#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml). One hook, because Trunk runs the hooks of a stage
// at the same time and both steps rewrite index.html:
//   1. write the start page of a first visit into the page, rendered by the core from
//      the same manifest the app uses (`cargo run -p yardstick-core --bin prerender`),
//      so the role list shows before the WebAssembly has loaded;
//   2. minify wasm-bindgen's JavaScript glue with terser (9.1 -> 6.8 KB gzip) and put
//      the new file's hash into the page's integrity attribute for it;
//   3. hash the page's inline scripts into its Content-Security-Policy (csp-hash.mjs);
//   4. publish the framework files without white space (they are fetched when a role
//      opens; the sources in frameworks/ stay readable), each parsed first so a broken
//      file fails the build instead of the visit.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";
import { hashIntoPolicy } from "./csp-hash.mjs";

// The empty placeholder in index.html (Trunk's minifier may drop the quotes).
const PLACEHOLDER = /<div id="?prerendered"?><\/div>/;

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: run me as a Trunk post_build hook (TRUNK_STAGING_DIR unset)");
  process.exit(1);
}
const source = process.env.TRUNK_SOURCE_DIR || process.cwd();
const page = join(staging, "index.html");

const startPage = execFileSync(
  "cargo",
  ["run", "--quiet", "--offline", "--locked", "-p", "yardstick-core", "--bin", "prerender"],
  { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const html = readFileSync(page, "utf8");
if (!PLACEHOLDER.test(html) || !startPage.includes('id="prerendered"')) {
  console.error('post-build: error: <div id="prerendered"></div> missing from index.html, or the prerender printed no page');
  process.exit(1);
}
let built = html.replace(PLACEHOLDER, () => startPage);

// The glue is an ES module whose exports and wasm import names are what the loader and
// the WebAssembly look up, so only local names are mangled (terser's module mode).
const GLUE = /<link rel="modulepreload" href="\.\/([^"]+\.js)"([^>]*?) integrity="sha384-[^"]+"/g;
const glue = [...built.matchAll(GLUE)];
if (glue.length !== 1) {
  console.error(`post-build: error: expected one modulepreload with integrity for the glue, found ${glue.length}`);
  process.exit(1);
}
const gluePath = join(staging, glue[0][1]);
const minified = await minify(readFileSync(gluePath, "utf8"), { module: true, compress: true, mangle: true });
if (!minified.code) {
  console.error("post-build: error: terser returned no code for the glue");
  process.exit(1);
}
writeFileSync(gluePath, minified.code);
const integrity = createHash("sha384").update(minified.code, "utf8").digest("base64");
built = built.replace(GLUE, (_all, file, attrs) => `<link rel="modulepreload" href="./${file}"${attrs} integrity="sha384-${integrity}"`);
writeFileSync(page, built);
hashIntoPolicy(page);

for (const entry of readdirSync(join(staging, "frameworks"), { recursive: true })) {
  if (!String(entry).endsWith(".json")) continue;
  const file = join(staging, "frameworks", String(entry));
  writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, "utf8"))));
}
