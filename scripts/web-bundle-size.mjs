// First-load JS per route of the web app (after `pnpm build`): the root main files plus every chunk
// the route's client reference manifest lists, raw and gzip. Run from apps/web: node ../../scripts/web-bundle-size.mjs
import fs from "node:fs"; import path from "node:path"; import zlib from "node:zlib"; import vm from "node:vm";
const next = path.resolve(process.argv[2] ?? ".next");
const bm = JSON.parse(fs.readFileSync(path.join(next, "build-manifest.json"), "utf8"));
const routes = ["dashboard","charges","charges/[id]","movements","movements/[id]","approvals","ledger","ledger/accounts","ledger/new","audit","settings","tasks","notifications"];
const size = (f) => { const b = fs.readFileSync(path.join(next, f)); return [b.length, zlib.gzipSync(b).length]; };
let rows = [];
for (const r of routes) {
  const file = path.join(next, "server/app/(app)", r, "page_client-reference-manifest.js");
  const ctx = { globalThis: {} }; ctx.globalThis = ctx; vm.runInNewContext(fs.readFileSync(file, "utf8"), ctx);
  const m = Object.values(ctx.__RSC_MANIFEST)[0];
  const files = new Set(bm.rootMainFiles);
  for (const list of Object.values(m.entryJSFiles ?? {})) for (const f of list) files.add(f);
  for (const mod of Object.values(m.clientModules ?? {})) for (const c of mod.chunks ?? []) if (String(c).endsWith(".js")) files.add(String(c).replace(/^\/_next\//, ""));
  let raw = 0, gz = 0; for (const f of files) { const [a, b] = size(f.replace(/^\/_next\//, "")); raw += a; gz += b; }
  rows.push(`/${r}`.padEnd(20) + `${(raw/1024).toFixed(0).padStart(5)} kB raw  ${(gz/1024).toFixed(0).padStart(5)} kB gzip  (${files.size} files)`);
}
console.log(rows.join("\n"));
