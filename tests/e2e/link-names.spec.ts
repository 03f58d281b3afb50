/**
 * The names a screen reader speaks for links and buttons, on every page, as Chromium computes them
 * (its accessibility tree, the names a screen reader gets):
 * - link purpose (WCAG 2.4.4/2.4.9): no two links that go to different places share a name, so a
 *   screen reader's list of links (which shows names only) never offers two identical items for two
 *   destinations;
 * - the names are clean text: no space before `: , . ; ) …` or after `(`, no double space, nothing at
 *   either end. A browser puts a space around text it lays out as a block of its own, as it does the
 *   out-of-flow .visually-hidden span, so "Permalink<span class=visually-hidden>: X</span>" is read
 *   "Permalink : X" (base.css says how to write such a span).
 * Hidden links (the chart drawn for other widths) are not in the tree. Chromium leaves out of that
 * tree what content-visibility skips (the timeline's entries off screen), so the test lays every part
 * out first: the names do not depend on it.
 */
import { expect, test } from './helpers/worker-page.ts';
import { label, sitePages } from '../support/site.ts';
import { readEntries } from '../support/content.ts';

interface AXNode {
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  properties?: { name: string; value: { value?: unknown } }[];
}

/** What is wrong with the spacing of a name, or undefined when nothing is. */
export function spacingFault(name: string): string | undefined {
  if (name !== name.trim()) return 'space at an end';
  if (/\s{2}/.test(name)) return 'two spaces';
  if (/\s[:,.;)…]/.test(name)) return 'space before punctuation';
  if (/\(\s/.test(name)) return 'space after "("';
  return undefined;
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: links' and buttons' names are clean, and links with one name go to one place`, async ({ page }) => {
    await page.goto(sitePage.path);
    // Through the CSSOM: the pages' Content-Security-Policy refuses an added <style>. The buttons a
    // script shows only where the browser can use them (Share…) are shown, so their names are read too.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('*')) {
        if (getComputedStyle(el).contentVisibility !== 'visible') el.style.contentVisibility = 'visible';
      }
      for (const button of document.querySelectorAll<HTMLButtonElement>('button[hidden]')) button.hidden = false;
    });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
    await cdp.detach();
    const places = new Map<string, Set<string>>();
    const unclean: string[] = [];
    for (const node of nodes) {
      const role = node.role?.value;
      if (node.ignored || (role !== 'link' && role !== 'button')) continue;
      const name = node.name?.value ?? '';
      const fault = spacingFault(name);
      if (fault) unclean.push(`${role} "${name}": ${fault}`);
      if (role !== 'link') continue;
      const url = String(node.properties?.find((p) => p.name === 'url')?.value.value ?? '');
      const key = name.replace(/\s+/g, ' ').trim();
      if (!places.has(key)) places.set(key, new Set());
      places.get(key)!.add(url);
    }
    expect(places.size, 'the page has links in its accessibility tree').toBeGreaterThan(0);
    const shared = [...places].filter(([, urls]) => urls.size > 1).map(([name, urls]) => `"${name}" goes to ${[...urls].join(', ')}`);
    expect({ unclean, shared }, [...unclean, ...shared].join('\n')).toEqual({ unclean: [], shared: [] });
  });
}

/**
 * A link's name is read in the voice of its language (WCAG 3.1.2): Russian and Chinese in a name come
 * from text marked with `lang`, never from an aria-label, a plain string that a screen reader reads in
 * the page's English voice (a source's number named "Source 3: Союзный договор…" was). Checked in the
 * page, on every link and button: an aria-label or a title holds no Cyrillic or Han; of a name taken from the
 * elements aria-labelledby points to or from the content, every Cyrillic letter is inside `lang="ru"`
 * and every Han character inside `lang="zh…"`.
 */
function unmarkedLanguage(): string[] {
  const RUN = /[\p{Script=Cyrillic}\p{Script=Han}]+/u;
  const faults: string[] = [];
  const describe = (el: Element) => `${el.localName}[href="${el.getAttribute('href') ?? ''}"]`;
  // The text a name is read from, in its parts: what is aria-hidden, and an SVG's title and desc, left out.
  const texts = (node: Node): Text[] =>
    node instanceof Text ? [node]
    : node instanceof Element && node.getAttribute('aria-hidden') !== 'true' && node.localName !== 'title' && node.localName !== 'desc' ? [...node.childNodes].flatMap(texts)
    : [];
  const check = (root: Node, owner: Element) => {
    for (const text of texts(root)) {
      const m = RUN.exec(text.data);
      if (!m) continue;
      const lang = text.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
      const want = /\p{Script=Han}/u.test(m[0]) ? /^zh\b/ : /^ru\b/;
      if (!want.test(lang)) faults.push(`${describe(owner)}: "${m[0]}" read as lang="${lang}"`);
    }
  };
  for (const el of document.querySelectorAll('a[href], button')) {
    // A title is a tooltip, and read as the link's description, in the page's voice, unless it only
    // repeats the name (a source number's tooltip is its name, whose runs are marked below).
    const title = (el.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
    const shown = texts(el).map((text) => text.data).join('').replace(/\s+/g, ' ').trim();
    if (RUN.test(title) && title !== shown) faults.push(`${describe(el)}: title "${title}" cannot mark its language`);
    const aria = el.getAttribute('aria-label') ?? '';
    if (RUN.test(aria)) faults.push(`${describe(el)}: aria-label "${aria}" cannot mark its language`);
    else if (aria.trim()) continue;
    const ids = el.getAttribute('aria-labelledby');
    if (ids) for (const id of ids.split(/\s+/)) { const target = document.getElementById(id); if (target) check(target, el); }
    else check(el, el);
  }
  return faults;
}

for (const sitePage of sitePages()) {
  test(`${label(sitePage)}: Russian and Chinese in links' names are marked with their language`, async ({ page }) => {
    await page.goto(sitePage.path);
    expect(await page.evaluate(unmarkedLanguage)).toEqual([]);
  });
}

test('a source with a Russian title is named by its title, in a Russian voice, wherever it is cited', async ({ page }) => {
  const entry = readEntries().find((e) => e.data.sources.some((s) => /\p{Script=Cyrillic}/u.test(s.title)));
  expect(entry, 'an entry with a Russian-titled source').toBeTruthy();
  const source = entry!.data.sources.find((s) => /\p{Script=Cyrillic}/u.test(s.title))!;
  const russian = /\p{Script=Cyrillic}[^\p{Script=Latin}]*\p{Script=Cyrillic}/u.exec(source.title)![0];
  for (const path of ['/', `/${entry!.collection}/${entry!.id}/`]) {
    await page.goto(path);
    // Links to the source's place in a source list, named (in Chromium's accessibility tree) with its title's first words.
    const links = page.getByRole('link', { name: russian.slice(0, 20) });
    expect(await links.count(), `${path}: links named with "${russian.slice(0, 20)}"`).toBeGreaterThan(0);
    const marked = await links.evaluateAll((as, start) => as.map((a) => [...a.querySelectorAll('[lang="ru"]')].some((s) => (s.textContent ?? '').includes(start))), russian.slice(0, 20));
    expect(marked, `${path}: each such link carries the Russian in lang="ru"`).not.toContain(false);
  }
});
