/**
 * Two builds of the site side by side: `node tests/bench/ab.ts <distA> <distB> [--runs=8] [--hash=id]`
 * loads the first entry's deep link from each, alternating A and B in one browser under the bench's
 * conditions (compare.ts), so that the machine's load falls on both alike; prints the medians and
 * every load. For changes whose effect is smaller than the noise between two bench runs.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.ts';
import { FIRST_VISIBLE, HOST_RULES, firstArticleId, load, type LoadFigures } from './compare.ts';
import { median } from './figures.ts';
import { serve } from './serve.ts';

const args = process.argv.slice(2);
const dirs = args.filter((a) => !a.startsWith('--')).map((d) => resolve(d));
const option = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const runs = Number(option('runs') ?? 8);
if (dirs.length < 2) throw new Error('usage: node tests/bench/ab.ts <distA> <distB> [more dists] [--runs=8] [--hash=id]');

const servers = await Promise.all(dirs.map((dir) => serve([{ prefix: '/', dir }])));
const browser = await chromium.launch({ executablePath: findChromium()!, args: [...CHROMIUM_ARGS, HOST_RULES] });
const results: LoadFigures[][] = dirs.map(() => []);
try {
  for (let i = 0; i < runs; i++) {
    for (const [k, dir] of dirs.entries()) {
      const id = option('hash') ?? firstArticleId(readFileSync(join(dir, 'index.html'), 'utf8'))!;
      try {
        results[k]!.push(await load(browser, `${servers[k]!.origin}/#${id}`, FIRST_VISIBLE.site(id), 4));
      } catch (e) {
        console.log(`${dir}: ${(e as Error).message.split('\n')[0]}`);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
for (const [k, dir] of dirs.entries()) {
  const r = results[k]!;
  const m = (key: 'firstVisible' | 'fcp' | 'lcp' | 'longTasks' | 'transferred') => Math.round(median(r.map((f) => f[key])));
  console.log(`${String.fromCharCode(65 + k)} ${dir}: firstVisible ${m('firstVisible')} ms, fcp ${m('fcp')}, longTasks ${m('longTasks')} ms, transferred ${m('transferred')} B (n=${r.length})`);
  console.log(`   firstVisible: ${r.map((f) => Math.round(f.firstVisible)).join(' ')}`);
  console.log(`   longTasks:    ${r.map((f) => Math.round(f.longTasks)).join(' ')}`);
}
