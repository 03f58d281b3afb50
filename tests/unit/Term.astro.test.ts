/** <Term> (src/components/mdx/Term.astro), rendered through Astro's Container API. */
import { describe, expect, test } from 'vitest';
import Term from '../../src/components/mdx/Term.astro';
import { render } from '../support/render.ts';

describe('Term', () => {
  test('marks the Chinese and Russian names with their languages', async () => {
    const html = await render(Term, { props: { en: 'Treaty of Nerchinsk', zh: '尼布楚条约', ru: 'Нерчинский договор' } });
    expect(html).toContain('Treaty of Nerchinsk');
    expect(html).toMatch(/<span lang="zh-Hans"[^>]*>尼布楚条约<\/span>/);
    expect(html).toMatch(/<span lang="ru"[^>]*>Нерчинский договор<\/span>/);
  });
  test('works with only a Chinese name', async () => {
    const html = await render(Term, { props: { en: 'Karakhan Manifesto', zh: '加拉罕宣言' } });
    expect(html).toContain('加拉罕宣言');
    expect(html).not.toContain('lang="ru"');
  });
  test('fails without en, naming the prop', async () => {
    await expect(render(Term, { props: { zh: '条约' } })).rejects.toThrow(/<Term>: prop "en": is required \(the English term\); got nothing/);
  });
  test('fails with neither zh nor ru', async () => {
    await expect(render(Term, { props: { en: 'Treaty' } })).rejects.toThrow(/"zh".*"ru"/);
  });
});
