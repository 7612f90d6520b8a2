/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native modules stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  typedRoutes: false,
  experimental: { authInterrupts: true },
};

export default nextConfig;
