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
  // Our builds type-check the whole project before they start (`npm run build`: scripts/build/typecheck.ts; `npm test`:
  // its own `tsc --noEmit`) and say so in GAIGI_TYPE_CHECKED; Next's check would repeat that in every build. Any other
  // `next build` keeps Next's check, so no build whose code does not type-check is published.
  typescript: { ignoreBuildErrors: process.env.GAIGI_TYPE_CHECKED === '1' },
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
