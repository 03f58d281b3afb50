/** <LangText> (src/components/LangText.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import LangText from '../../src/components/LangText.astro';
import { render } from '../support/render.ts';

describe('LangText', () => {
  test('marks each run of Chinese in an English note, and nothing else', async () => {
    const html = await render(LangText, { props: { text: 'Chinese sources give 7 September 1689, 康熙二十八年七月二十四日 (Kangxi 28).' } });
    expect(html).toMatch(/Chinese sources give 7 September 1689, <span lang="zh-Hans"[^>]*>康熙二十八年七月二十四日<\/span> \(Kangxi 28\)\./);
    expect(html.match(/<span/g)).toHaveLength(1);
  });
  test('marks a run of Russian in an English text', async () => {
    const html = await render(LangText, { props: { text: 'The name “Даманский” alone is an adjective.' } });
    expect(html).toMatch(/The name “<span lang="ru"[^>]*>Даманский<\/span>” alone is an adjective\./);
  });
  test('marks the whole text when its language is given', async () => {
    const html = await render(LangText, { props: { text: '27 August 1689', lang: 'en-x-julian' } });
    expect(html).toMatch(/<span lang="en-x-julian"[^>]*>27 August 1689<\/span>/);
  });
  test('writes a text with no Chinese, no Russian and no language as it is', async () => {
    expect((await render(LangText, { props: { text: '6 September 1689' } })).trim()).toBe('6 September 1689');
  });
});
