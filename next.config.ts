import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site: `next build` writes every page to out/, served by any static file server.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
};

export default nextConfig;
