/// <reference types="vitest/config" />
import { readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Pin the zone far from UTC (UTC+14) so that any date built in local time shows up as a wrong day.
process.env.TZ = 'Pacific/Kiritimati';

/**
 * Test files that replace a module with `vi.mock` run each in a module graph of their own; the rest
 * share one per worker (`isolate: false`): most of the suite's time went to importing Astro's
 * container and d3 again for each of some 70 files (85 s for the suite here, 20 s shared). A mock in
 * a shared graph could reach, or miss, another file's import of the same module, hence the split,
 * found by reading the files so that a new mocking test is isolated without being listed.
 */
const unitDir = fileURLToPath(new URL('./unit/', import.meta.url));
const mocking = readdirSync(unitDir, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts') && /\bvi\.mock\(/.test(readFileSync(`${unitDir}${f}`, 'utf8')))
  .map((f) => `tests/unit/${f.split(sep).join('/')}`);

export default getViteConfig(
  {
    test: {
      env: { TZ: 'Pacific/Kiritimati' },
      projects: [
        { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], exclude: mocking, isolate: false } },
        ...(mocking.length > 0 ? [{ extends: true, test: { name: 'unit, with mocks', include: mocking } }] : []),
      ],
    },
  },
  { root: fileURLToPath(new URL('../', import.meta.url)), logLevel: 'error' },
);
