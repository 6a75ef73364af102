// Pre-step for `npm test`, `npm run demo` and the browser benchmarks: the real-browser tests drive
// Debian's Chromium and Firefox ESR (never a downloaded browser). Each browser named on the
// command line (`chromium`, `firefox`) that is missing is installed with apt-get when we can
// (root + apt); otherwise we say exactly what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const BROWSERS = {
  chromium: { path: process.env.CANDOR_CHROMIUM || '/usr/bin/chromium', env: 'CANDOR_CHROMIUM', apt: 'chromium' },
  firefox: { path: process.env.CANDOR_FIREFOX || '/usr/bin/firefox-esr', env: 'CANDOR_FIREFOX', apt: 'firefox-esr' },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in BROWSERS));
if (unknown.length || !wanted.length) {
  console.error(`usage: ensure-browsers.mjs ${Object.keys(BROWSERS).join('|')}…  (got ${unknown.join(' ') || 'none'})`);
  process.exit(2);
}
const missing = wanted.map((name) => BROWSERS[name]).filter((b) => !existsSync(b.path));
if (!missing.length) process.exit(0);

const packages = missing.map((b) => b.apt).join(' ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.error(`Candor: ${missing.map((b) => b.path).join(', ')} not found; installing ${packages} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync(`apt-get update -qq && apt-get install -y -qq ${packages} fonts-dejavu-core`, { stdio: 'inherit', env });
  if (missing.every((b) => existsSync(b.path))) process.exit(0);
}
console.error(
  `Candor needs Debian's ${packages} for the browser tests and the demo (${missing.map((b) => b.path).join(', ')}).\n` +
    `Install with:  sudo apt-get update && sudo apt-get install -y ${packages}\n` +
    `(or point ${missing.map((b) => b.env).join(' / ')} at another binary).`,
);
process.exit(1);
