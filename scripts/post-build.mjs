#!/usr/bin/env node
// Trunk post_build hook (Trunk.toml). One hook, because Trunk runs the hooks of a stage
// at the same time and both steps rewrite index.html: first publish the build with every
// view (scripts/all-views.mjs), then hash the page's inline scripts into its
// Content-Security-Policy (scripts/csp-hash.mjs).
import { join } from "node:path";
import { publishAllViews } from "./all-views.mjs";
import { hashIntoPolicy } from "./csp-hash.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: run me as a Trunk post_build hook (TRUNK_STAGING_DIR unset)");
  process.exit(1);
}
publishAllViews(staging, process.env.TRUNK_SOURCE_DIR || process.cwd());
hashIntoPolicy(join(staging, "index.html"));
