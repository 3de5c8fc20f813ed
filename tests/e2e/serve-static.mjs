#!/usr/bin/env node
// A plain static file server for the built site, the way GitHub Pages serves a project
// site: dist/ appears under a sub-path (default /yardstick/), directories serve their
// index.html, /yardstick redirects to /yardstick/, anything else is a 404. There is no
// SPA fallback. With --gzip, text and wasm responses are gzip-compressed when the client
// accepts it (as GitHub Pages does).
//
//   node tests/e2e/serve-static.mjs [--root dist] [--base /yardstick/] [--port 4173] [--gzip]
//
// Listens on 127.0.0.1 only.

import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i === -1 ? fallback : args[i + 1];
}
const root = resolve(option("root", "dist"));
let base = option("base", "/yardstick/");
if (!base.startsWith("/")) base = `/${base}`;
if (!base.endsWith("/")) base = `${base}/`;
const port = Number(option("port", "4173"));
const gzip = args.includes("--gzip");

if (!existsSync(join(root, "index.html"))) {
  console.error(`serve-static: ${root}/index.html not found; build first (trunk build --release --offline)`);
  process.exit(1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
};
const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".wasm", ".css", ".json", ".svg", ".txt", ".webmanifest", ".map", ".ico"]);
const gzipCache = new Map();

function send(res, status, headers, body, method) {
  res.writeHead(status, headers);
  res.end(method === "HEAD" ? undefined : body);
}

function notFound(res, method) {
  send(res, 404, { "Content-Type": "text/plain; charset=utf-8" }, "404 Not Found\n", method);
}

const server = createServer(async (req, res) => {
  const method = req.method || "GET";
  if (method !== "GET" && method !== "HEAD") {
    send(res, 405, { Allow: "GET, HEAD", "Content-Type": "text/plain" }, "405 Method Not Allowed\n", method);
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(req.url || "/", "http://localhost").pathname);
  } catch {
    notFound(res, method);
    return;
  }
  if (`${pathname}/` === base) {
    send(res, 301, { Location: base }, "", method);
    return;
  }
  if (!pathname.startsWith(base) || pathname.includes("\0")) {
    notFound(res, method);
    return;
  }
  let file = resolve(root, `.${sep}${pathname.slice(base.length)}`);
  if (file !== root && !file.startsWith(root + sep)) {
    notFound(res, method);
    return;
  }
  let info;
  try {
    info = await stat(file);
    if (info.isDirectory()) {
      if (!pathname.endsWith("/")) {
        send(res, 301, { Location: `${pathname}/` }, "", method);
        return;
      }
      file = join(file, "index.html");
      info = await stat(file);
    }
    if (!info.isFile()) throw new Error("not a file");
  } catch {
    notFound(res, method);
    return;
  }

  const ext = extname(file).toLowerCase();
  const headers = {
    "Content-Type": TYPES[ext] || "application/octet-stream",
    "Cache-Control": "max-age=600",
    "X-Content-Type-Options": "nosniff",
  };
  let body = await readFile(file);
  const accepts = /\bgzip\b/.test(String(req.headers["accept-encoding"] || ""));
  if (gzip && COMPRESSIBLE.has(ext)) {
    headers.Vary = "Accept-Encoding";
    if (accepts) {
      let zipped = gzipCache.get(file);
      if (!zipped || zipped.mtime !== info.mtimeMs || zipped.size !== body.length) {
        zipped = { mtime: info.mtimeMs, size: body.length, data: gzipSync(body, { level: 9 }) };
        gzipCache.set(file, zipped);
      }
      body = zipped.data;
      headers["Content-Encoding"] = "gzip";
    }
  }
  headers["Content-Length"] = body.length;
  send(res, 200, headers, body, method);
});

server.listen(port, "127.0.0.1", () => {
  console.log(`serve-static: http://127.0.0.1:${port}${base} -> ${root}${gzip ? " (gzip)" : ""}`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
