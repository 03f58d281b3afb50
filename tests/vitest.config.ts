/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

// Pin the zone far from UTC (UTC+14) so that any date built in local time shows up as a wrong day.
process.env.TZ = 'Pacific/Kiritimati';

export default getViteConfig(
  {
    test: {
      include: ['tests/unit/**/*.test.ts'],
      env: { TZ: 'Pacific/Kiritimati' },
    },
  },
  { root: fileURLToPath(new URL('../', import.meta.url)), logLevel: 'error' },
);
