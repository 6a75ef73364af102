// Pre-step for `npm test` and `npm run demo`: the end-to-end tests and the demo drive Debian's
// Chromium (never a downloaded browser). On a fresh machine it is installed with apt-get when
// we can (root + apt), otherwise we say exactly what to run.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CANDOR_CHROMIUM || '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.error(`Candor: ${CHROMIUM} not found; installing Debian's chromium with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execSync('apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core', { stdio: 'inherit', env });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  `Candor needs Debian's Chromium at ${CHROMIUM} for the browser tests and the demo.\n` +
    `Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n` +
    `(or point CANDOR_CHROMIUM at another Chromium binary).`,
);
process.exit(1);
