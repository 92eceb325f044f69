// Copied with app/ into a temporary folder beside a hard-linked copy of the portal's node_modules
// by bench/lighthouse.ts: built inside the repository, Next.js would take the portal's own proxy and
// instrumentation into this app.
const config = {};
export default config;
