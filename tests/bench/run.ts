/** Prints the size of the built site, raw and gzipped. Run `npm run build` first. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

let raw = 0;
let gz = 0;
for (const f of files(dist)) {
  const buf = readFileSync(f);
  raw += buf.length;
  gz += gzipSync(buf).length;
}
console.log(`dist/: ${raw} bytes raw, ${gz} bytes gzipped`);
