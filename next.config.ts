import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // hnswlib-node is a native addon: load it from node_modules at run time, never bundle it.
  // pdfjs-dist loads its worker module at run time; linkedom and Readability are plain Node code.
  serverExternalPackages: ["hnswlib-node", "@langchain/community", "pdfjs-dist", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
