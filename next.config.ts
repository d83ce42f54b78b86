import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // hnswlib-node is a native addon: load it from node_modules at run time, never bundle it.
  // pdfjs-dist loads its worker module at run time; linkedom and Readability are plain Node code.
  serverExternalPackages: ["hnswlib-node", "@langchain/community", "pdfjs-dist", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // The proxy (proxy.ts) buffers request bodies up to this size and cuts longer ones; uploads are
    // limited by MAX_UPLOAD_BYTES in the route (25 MB by default), so this only has to be larger.
    proxyClientMaxBodySize: "64mb",
  },
};

export default nextConfig;
