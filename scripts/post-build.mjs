#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml): hashes the page's inline scripts into its
// Content-Security-Policy (scripts/csp-hash.mjs).
import { join } from "node:path";
import { hashIntoPolicy } from "./csp-hash.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: run me as a Trunk post_build hook (TRUNK_STAGING_DIR unset)");
  process.exit(1);
}
hashIntoPolicy(join(staging, "index.html"));
