/** <SourceList> (src/components/entry/SourceList.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import SourceList from '../../src/components/entry/SourceList.astro';
import { render } from '../support/render.ts';
import { sources } from '../fixtures/claims';

describe('SourceList', () => {
  test('writes out the URL, and no link where a work has none', async () => {
    const html = await render(SourceList, { props: { sources } });
    expect(html).toMatch(/<li id="source-t-wp"/);
    expect(html).toMatch(/<a class="source-url"[^>]*href="https:\/\/en.wikipedia.org\/wiki\/Treaty_of_Nerchinsk"[^>]*>https:\/\/en.wikipedia.org\/wiki\/Treaty_of_Nerchinsk<\/a>/);
    expect(html).toMatch(/<li id="source-t-book"[^>]*>[\s\S]*Mark Mancall[\s\S]*<cite[^>]*>Russia and China<\/cite>[\s\S]*Harvard University Press[\s\S]*1971[^<]*<\/span>[^<]*<\/li>/);
  });
});

describe('SourceList punctuation', () => {
  test('closes a title with a full stop, but not one that ends in a question mark', async () => {
    const asked = { ...sources[0]!, id: 'asked', title: 'ICC Arrest Warrants: Impunity in Check?' };
    const html = await render(SourceList, { props: { sources: [sources[0]!, asked] } });
    expect(html).toContain('Impunity in Check?</cite> ');
    expect(html).not.toContain('Check?</cite>.');
    expect(html).toMatch(new RegExp(`${sources[0]!.title}</cite>\\. `));
  });
});

describe('SourceList notes', () => {
  test('marks the Chinese and Russian runs of a note with their language, as it marks a title (audit 19)', async () => {
    const noted = { ...sources[0]!, id: 'noted', note: 'The town’s name is written 瑷珲 again; signed by Ван Ши-Цзе.' };
    const html = await render(SourceList, { props: { sources: [noted] } });
    expect(html).toMatch(/<span class="source-note"[^>]*> The town’s name is written <span lang="zh-Hans"[^>]*>瑷珲<\/span> again; signed by <span lang="ru"[^>]*>Ван Ши-Цзе<\/span>\.<\/span>/);
  });
});
