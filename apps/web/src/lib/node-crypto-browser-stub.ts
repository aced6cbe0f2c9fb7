/**
 * Stands in for Next.js's browser polyfill of `node:crypto` (aliased in next.config.ts, browser
 * bundles only). Client components import @closebook/core for its schemas and money helpers;
 * core's module graph also reaches its server-side mutation runner, which hashes requests with
 * node:crypto. That code never runs in the browser, and without this alias every page using core
 * would ship ~0.5 MB of crypto-browserify.
 */
export function createHash(): never {
  throw new Error("node:crypto is not available in the browser; this code runs on the server only.");
}
