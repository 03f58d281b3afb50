/** The MDX components and entry sub-components, rendered through Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import Cite from '../../src/components/mdx/Cite.astro';
import ClaimRef from '../../src/components/mdx/ClaimRef.astro';
import Term from '../../src/components/mdx/Term.astro';
import Quote from '../../src/components/mdx/Quote.astro';
import Verdict from '../../src/components/entry/Verdict.astro';
import ClaimList from '../../src/components/entry/ClaimList.astro';
import SourceList from '../../src/components/entry/SourceList.astro';
import type { Claim } from '../../src/schemas/claim';
import type { Source } from '../../src/schemas/source';

// The content layer's store is not loaded under Vitest, so the loader the components read through
// returns stand-ins here; the real ids are checked against the real files in content-entries.test.ts.
vi.mock('../../src/lib/entries', () => ({
  getTimeline: async () => [
    {
      id: 'nerchinsk-1654-1689',
      data: {
        claims: [],
        sources: [
          { id: 'nerchinsk-wp-baykov', title: 'Fyodor Baykov', publisher: 'Wikipedia' },
          { id: 'nerchinsk-wp-treaty', title: 'Treaty of Nerchinsk', publisher: 'Wikipedia' },
        ],
      },
    },
    {
      id: 'icc-warrants-2023',
      data: {
        claims: [{ id: 'icc-claim-date', verdict: 'inaccurate' }],
        sources: [{ id: 'icc-press-release', title: 'Situation in Ukraine', publisher: 'International Criminal Court' }],
      },
    },
  ],
}));

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const sources: Source[] = [
  { id: 't-wp', title: 'Treaty of Nerchinsk', publisher: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Treaty_of_Nerchinsk' },
  { id: 't-book', title: 'Russia and China', author: 'Mark Mancall', publisher: 'Harvard University Press', date: '1971' },
];
const claims: Claim[] = [
  { id: 't-claim', quote: 'They sent an envoy.', record: 'A trade mission.', conclusion: 'A trade mission, not a pact.', verdict: 'inaccurate', sources: ['t-wp', 't-book'] },
];

describe('Verdict', () => {
  test.each([
    ['accurate', '✓', 'Accurate'],
    ['imprecise', '≈', 'Imprecise'],
    ['inaccurate', '✗', 'Inaccurate'],
    ['unverified', '?', 'Unverified'],
  ] as const)('%s shows a symbol and a word', async (verdict, symbol, label) => {
    const html = await container.renderToString(Verdict, { props: { verdict } });
    expect(html).toContain(`verdict-${verdict}`);
    expect(html).toMatch(new RegExp(`aria-hidden="true"[^>]*>\\${symbol}<`));
    expect(html).toContain(`>${label}<`);
  });
  test('an unknown verdict fails naming the prop', async () => {
    await expect(container.renderToString(Verdict, { props: { verdict: 'maybe' } })).rejects.toThrow(
      '<Verdict>: prop "verdict": verdict must be one of: accurate, imprecise, inaccurate, unverified; got "maybe"',
    );
  });
});

describe('Term', () => {
  test('marks the Chinese and Russian names with their languages', async () => {
    const html = await container.renderToString(Term, { props: { en: 'Treaty of Nerchinsk', zh: '尼布楚条约', ru: 'Нерчинский договор' } });
    expect(html).toContain('Treaty of Nerchinsk');
    expect(html).toMatch(/<span lang="zh-Hans"[^>]*>尼布楚条约<\/span>/);
    expect(html).toMatch(/<span lang="ru"[^>]*>Нерчинский договор<\/span>/);
  });
  test('works with only a Chinese name', async () => {
    const html = await container.renderToString(Term, { props: { en: 'Karakhan Manifesto', zh: '加拉罕宣言' } });
    expect(html).toContain('加拉罕宣言');
    expect(html).not.toContain('lang="ru"');
  });
  test('fails without en, naming the prop', async () => {
    await expect(container.renderToString(Term, { props: { zh: '条约' } })).rejects.toThrow(/<Term>: prop "en": is required \(the English term\); got nothing/);
  });
  test('fails with neither zh nor ru', async () => {
    await expect(container.renderToString(Term, { props: { en: 'Treaty' } })).rejects.toThrow(/"zh".*"ru"/);
  });
});

describe('Quote', () => {
  test('renders an attributed blockquote with its source', async () => {
    const html = await container.renderToString(Quote, {
      props: { by: 'Shi Shan', source: 'as quoted by The Epoch Times', cite: 'https://example.org/a' },
      slots: { default: 'Words.' },
    });
    expect(html).toMatch(/<figure[^>]*>\s*<blockquote cite="https:\/\/example.org\/a"[^>]*>Words.<\/blockquote>/);
    expect(html).toMatch(/<figcaption[^>]*>— Shi Shan, <a href="https:\/\/example.org\/a"[^>]*>as quoted by The Epoch Times<\/a>/);
  });
  test('fails without by', async () => {
    await expect(container.renderToString(Quote, { props: {}, slots: { default: 'x' } })).rejects.toThrow(/<Quote>: prop "by": is required/);
  });
  test('fails on a cite that is not a URL', async () => {
    await expect(container.renderToString(Quote, { props: { by: 'A', cite: 'the article' } })).rejects.toThrow(/<Quote>: prop "cite": must be an absolute http\(s\) URL; got "the article"/);
  });
  test('fails on a cite that is a URL of another scheme', async () => {
    await expect(container.renderToString(Quote, { props: { by: 'A', cite: 'ftp://example.org/a' } })).rejects.toThrow(/prop "cite"/);
  });
});

describe('Cite and ClaimRef', () => {
  test('Cite links to the source with an accessible name that names it', async () => {
    const html = await container.renderToString(Cite, { props: { id: 'nerchinsk-wp-treaty' } });
    expect(html).toMatch(/<a href="#source-nerchinsk-wp-treaty"[^>]*aria-label="Source 2: Treaty of Nerchinsk, Wikipedia"[^>]*>\[2\]<\/a>/);
  });
  test('Cite fails on an id that is not an id, naming the prop', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'Not An Id' } })).rejects.toThrow(
      '<Cite>: prop "id": source id must be lowercase letters, digits and hyphens; got "Not An Id"',
    );
  });
  test('Cite fails on an unknown id, naming the prop', async () => {
    await expect(container.renderToString(Cite, { props: { id: 'no-such-source' } })).rejects.toThrow(/<Cite>: prop "id" is "no-such-source"/);
  });
  test('ClaimRef links to the claim and shows its verdict', async () => {
    const html = await container.renderToString(ClaimRef, { props: { id: 'icc-claim-date' }, slots: { default: 'to 18 March' } });
    expect(html).toMatch(/<a class="claim-ref[^"]*" href="#claim-icc-claim-date"/);
    expect(html).toContain('to 18 March');
    expect(html).toContain('Inaccurate');
  });
  test('ClaimRef fails on an unknown id, naming the prop', async () => {
    await expect(container.renderToString(ClaimRef, { props: { id: 'nope' } })).rejects.toThrow(/<ClaimRef>: prop "id" is "nope"/);
  });
});

describe('ClaimList and SourceList', () => {
  test('ClaimList shows the quote, the record, the verdict and numbered source links', async () => {
    const html = await container.renderToString(ClaimList, { props: { claims, sources } });
    expect(html).toMatch(/<li id="claim-t-claim"/);
    expect(html).toContain('The article says');
    expect(html).toMatch(/<blockquote[^>]*>\s*<p[^>]*>They sent an envoy.<\/p>/);
    expect(html).toContain('The record');
    expect(html).toContain('A trade mission.');
    expect(html).toContain('Inaccurate');
    expect(html).toMatch(/<a href="#source-t-wp"[^>]*>\[1\]<\/a>/);
    expect(html).toMatch(/<a href="#source-t-book"[^>]*>\[2\]<\/a>/);
  });
  test('ClaimList renders nothing when there are no claims', async () => {
    const html = await container.renderToString(ClaimList, { props: { claims: [], sources } });
    expect(html).not.toContain('<section');
  });
  test('SourceList writes out the URL, and no link where a work has none', async () => {
    const html = await container.renderToString(SourceList, { props: { sources } });
    expect(html).toMatch(/<li id="source-t-wp"/);
    expect(html).toMatch(/<a class="source-url"[^>]*href="https:\/\/en.wikipedia.org\/wiki\/Treaty_of_Nerchinsk"[^>]*>https:\/\/en.wikipedia.org\/wiki\/Treaty_of_Nerchinsk<\/a>/);
    expect(html).toMatch(/<li id="source-t-book"[^>]*>[\s\S]*Mark Mancall[\s\S]*<cite[^>]*>Russia and China<\/cite>[\s\S]*Harvard University Press[\s\S]*1971[^<]*<\/span>[^<]*<\/li>/);
  });
});
