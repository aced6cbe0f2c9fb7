/**
 * Stands in for `node:crypto` in the browser bundle only (see next.config.ts). Client components
 * import @closebook/core for its schemas and money helpers; the module graph of those also
 * reaches core's mutation runner, which hashes requests with node:crypto on the server. Without
 * this stub the browser bundle would carry a ~0.5 MB crypto polyfill that never runs.
 */
export function createHash(): never {
  throw new Error("node:crypto is not available in the browser; this code runs on the server only.");
}
