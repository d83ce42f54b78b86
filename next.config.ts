import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // hnswlib-node is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["hnswlib-node", "@langchain/community"],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
