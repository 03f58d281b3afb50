/**
 * Run before the end-to-end tests: succeeds at once when a Chromium is found; otherwise installs
 * Debian's package (as root on Debian) or Playwright's own browser (elsewhere), or stops with the
 * exact command to run. It never downloads a browser on a machine that already has one. The print
 * tests also read PDFs with poppler's `pdffonts` and ask fontconfig's `fc-list` which fonts the
 * browser sees: those two are checked, and installed as root on Debian, the same way.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser.ts';

function run(cmd: string): boolean {
  console.log(`ensure-browser: ${cmd}`);
  try {
    execSync(cmd, { stdio: 'inherit', timeout: 15 * 60_000 });
    return true;
  } catch {
    return false;
  }
}

if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, which does not exist: fix it or unset it.`);
  process.exit(1);
}
let found = findChromium();
if (!found) {
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isDebian && isRoot) {
    run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
  } else if (isDebian) {
    console.error('No Chromium found. Install one with:  sudo apt-get install -y chromium');
    process.exit(1);
  } else {
    run('npx playwright install chromium');
  }
  found = findChromium();
}
if (!found) {
  console.error(
    'No Chromium found and none could be installed. Install one (Debian: `apt-get install -y chromium`; ' +
      'elsewhere: `npx playwright install chromium`), or set CHROMIUM_PATH to a Chromium binary.',
  );
  process.exit(1);
}
console.log(`ensure-browser: using ${found}`);

// The print specs' command-line tools: poppler-utils (pdffonts) and fontconfig (fc-list).
const has = (cmd: string) => {
  try {
    execSync(`command -v ${cmd}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
};
const tools = { pdffonts: 'poppler-utils', 'fc-list': 'fontconfig' } as const;
let missing = Object.entries(tools).filter(([cmd]) => !has(cmd));
if (missing.length) {
  const packages = missing.map(([, pkg]) => pkg).join(' ');
  const isRoot = process.getuid?.() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isDebian && isRoot) run(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages} || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages})`);
  missing = missing.filter(([cmd]) => !has(cmd));
  if (missing.length) {
    console.error(
      `The print tests need ${missing.map(([cmd]) => cmd).join(' and ')}. Install them (Debian: \`sudo apt-get install -y ${packages}\`; ` +
        'macOS: `brew install poppler fontconfig`), then run the tests again.',
    );
    process.exit(1);
  }
}
console.log('ensure-browser: pdffonts and fc-list found');
