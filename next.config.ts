import { availableParallelism } from 'node:os';
import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // A static site, served by any static file server.
  output: 'export',
  // With output: 'export', a distDir names where the pages are exported: `npm run build` gives each build a fresh
  // folder, which becomes out/ only when complete (scripts/build/). Plain `next build` exports to out/ directly.
  distDir: process.env.NEXT_DIST_DIR,
  trailingSlash: true,
  images: { unoptimized: true },
  // `npm test` type-checks the whole project once (`tsc --noEmit`); checking again inside every build only adds time.
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
  // English and Chinese pages each have their own root layout (<html lang>), so unmatched URLs need a page that renders
  // its own document: app/global-not-found.tsx.
  experimental: {
    globalNotFound: true,
    // Next.js renders the pages on one worker per core but one (a single worker on a 2-core machine), leaving a core to
    // the build's own process, which only waits meanwhile: one worker per core renders the export's pages on both.
    cpus: availableParallelism(),
    // Turbopack's build cache costs more than it saves here: the same `next build` took 50 CPU s without it and 76 with
    // a warm one (compile 2.2 → 3.1 min, load 15 on 2 cores); writing it took 12–63 s per build, compacting it up to
    // 103 s, and a warm cache shortened a compile by 20 s at most.
    turbopackFileSystemCacheForBuild: false,
  },
};

export default nextConfig;
