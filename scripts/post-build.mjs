#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml). One hook, because Trunk runs the hooks of a stage
// at the same time and both steps rewrite index.html:
//   1. write the start page of a first visit into the page, rendered by the core from
//      the same manifest the app uses (`cargo run -p yardstick-core --bin prerender`),
//      so the role list shows before the WebAssembly has loaded;
//   2. hash the page's inline scripts into its Content-Security-Policy (csp-hash.mjs).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
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
writeFileSync(page, html.replace(PLACEHOLDER, () => startPage));
hashIntoPolicy(page);
