#!/usr/bin/env node
// Trunk post_build hook: puts the sha256 of every inline <script> of the built page into
// its Content-Security-Policy meta tag, so the policy allows Trunk's module loader
// without 'unsafe-inline'.
//
// index.html carries the policy with the placeholder {{INLINE_SCRIPT_HASHES}}; this
// script replaces it in $TRUNK_STAGING_DIR/index.html (the page Trunk is about to
// publish). It fails the build when the placeholder or the loader script is missing,
// when the page has markup the policy would block (inline handlers, style attributes,
// javascript: URLs), or when the result would contain 'unsafe-inline'.
//
// Usage outside Trunk, for checks: node scripts/csp-hash.mjs path/to/index.html

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const PLACEHOLDER = "{{INLINE_SCRIPT_HASHES}}";

function fail(message) {
  console.error(`csp-hash: error: ${message}`);
  process.exit(1);
}

/** The HTML parser turns CRLF and lone CR into LF before anything else (the "input
 *  stream preprocessing" step), and the browser hashes the script text after that. */
export function normalizeNewlines(text) {
  return text.replace(/\r\n?/g, "\n");
}

/** CSP hash source for a script's text content: sha256 over its UTF-8 bytes, base64. */
export function cspHash(text) {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/** Inline scripts of an HTML document, in order: { attrs, text }. Scripts with a src
 *  attribute are external and skipped. Comments are ignored. */
export function inlineScripts(html) {
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, "");
  const scripts = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
  for (const m of withoutComments.matchAll(re)) {
    const attrs = m[1];
    if (/\ssrc\s*=/i.test(` ${attrs}`)) continue;
    scripts.push({ attrs, text: m[2] });
  }
  return scripts;
}

/** `trunk serve` rewrites two placeholders in its live-reload script on every response,
 *  which would change the script after we hashed it. Fill them in here, with the values
 *  Trunk itself would use, so the served text is the hashed text. */
function settleTrunkServePlaceholders(html, wsBase) {
  return html
    .replaceAll("'{{__TRUNK_ADDRESS__}}'", "window.location.host")
    .replaceAll("`{{__TRUNK_ADDRESS__}}`", "window.location.host")
    .replaceAll("{{__TRUNK_WS_BASE__}}", wsBase);
}

function wsBaseFromTrunkToml(dir) {
  try {
    const toml = readFileSync(join(dir, "Trunk.toml"), "utf8");
    const m = toml.match(/^\s*ws_base\s*=\s*"([^"]*)"/m);
    if (m) return m[1].endsWith("/") ? m[1] : `${m[1]}/`;
  } catch {
    // no Trunk.toml: Trunk's default
  }
  return "/";
}

export function applyCsp(html, { wsBase = "/" } = {}) {
  html = normalizeNewlines(settleTrunkServePlaceholders(html, wsBase));

  const metas = html.match(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi) || [];
  if (metas.length !== 1) fail(`expected exactly one Content-Security-Policy meta tag, found ${metas.length}`);
  const meta = metas[0];
  if (!meta.includes(PLACEHOLDER)) fail(`the Content-Security-Policy meta tag has no ${PLACEHOLDER} placeholder`);
  if (html.split(PLACEHOLDER).length !== 2) fail(`${PLACEHOLDER} must appear exactly once`);

  // The policy only governs what comes after the meta tag.
  const metaAt = html.indexOf(meta);
  const firstScript = html.search(/<script\b|<link\b[^>]*rel\s*=\s*["']?(modulepreload|preload|stylesheet)/i);
  if (firstScript !== -1 && firstScript < metaAt) fail("the Content-Security-Policy meta tag must come before every script and stylesheet");

  const scripts = inlineScripts(html);
  const loader = scripts.find((s) => /type\s*=\s*["']?module/i.test(s.attrs) && /\bimport\s+init\b/.test(s.text));
  if (!loader) fail("cannot find Trunk's inline module loader script (<script type=\"module\"> with `import init`)");

  // Markup a policy without 'unsafe-inline' would block at run time.
  const body = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, "");
  const blocked = [
    [/<[a-z][^>]*\son[a-z]+\s*=/i, "an inline event handler attribute (on...=)"],
    [/<[a-z][^>]*\sstyle\s*=/i, "a style attribute"],
    [/<style\b/i, "a <style> element"],
    [/(href|src|action)\s*=\s*["']?\s*javascript:/i, "a javascript: URL"],
  ];
  for (const [re, what] of blocked) {
    if (re.test(body)) fail(`the page contains ${what}, which the Content-Security-Policy blocks`);
  }

  const hashes = [...new Set(scripts.map((s) => cspHash(s.text)))];
  const out = html.replace(PLACEHOLDER, hashes.join(" "));
  const policy = out.match(/<meta\b[^>]*http-equiv\s*=\s*["']?content-security-policy["']?[^>]*content\s*=\s*"([^"]*)"/i);
  if (!policy) fail("cannot read back the Content-Security-Policy content attribute");
  if (/unsafe-inline/i.test(policy[1])) fail("the policy must not contain 'unsafe-inline'");
  if (!policy[1].includes("'wasm-unsafe-eval'")) fail("the policy must allow 'wasm-unsafe-eval' for WebAssembly");
  return { html: out, policy: policy[1], hashes, scripts: scripts.length };
}

/** Fills in the policy of the built page at `file`, in place. */
export function hashIntoPolicy(file) {
  let html;
  try {
    html = readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  const wsBase = wsBaseFromTrunkToml(process.env.TRUNK_SOURCE_DIR || process.cwd());
  const result = applyCsp(html, { wsBase });
  writeFileSync(file, result.html);
  console.log(`csp-hash: ${result.scripts} inline script(s) hashed into the Content-Security-Policy of ${file}`);
}

function main() {
  let file = process.argv[2];
  if (!file) {
    const staging = process.env.TRUNK_STAGING_DIR;
    if (!staging) fail("run me as a Trunk post_build hook (TRUNK_STAGING_DIR unset) or pass an index.html path");
    file = join(staging, "index.html");
  }
  hashIntoPolicy(file);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
