/** Reading a text fragment back (tests/support/text-directive.ts), the tests' model of a browser. */
import { describe, expect, test } from 'vitest';
import { parseTextDirective, resolveTextDirective } from '../support/text-directive.ts';

describe('parseTextDirective', () => {
  test('reads prefix and suffix terms', () => {
    expect(parseTextDirective('#:~:text=an-,example,-text')).toEqual({ prefix: 'an', start: 'example', suffix: 'text' });
  });
  test('decodes start and end, with the directive\'s punctuation inside the terms', () => {
    expect(parseTextDirective('https://example.org/#:~:text=Russia%2DChina%2C%20then,in%201969')).toEqual({ start: 'Russia-China, then', end: 'in 1969' });
  });
  test('finds the text directive among others', () => {
    expect(parseTextDirective('https://example.org/#:~:other=x&text=found')).toEqual({ start: 'found' });
  });
  test('is undefined without a text directive', () => {
    expect(parseTextDirective('https://example.org/#top')).toBeUndefined();
    expect(parseTextDirective('https://example.org/#:~:other=x')).toBeUndefined();
  });
  test('refuses more than start and end', () => {
    expect(() => parseTextDirective('#:~:text=a,b,c')).toThrow(/malformed/);
  });
});

describe('resolveTextDirective', () => {
  test('matches whole words only, ignoring case, as browsers do', () => {
    expect(resolveTextDirective('Alliance and allied', { start: 'all' })).toBeUndefined();
    expect(resolveTextDirective('The alliance', { start: 'the ALLIANCE' })).toBe('The alliance');
  });
  test('takes the first match of start, then the first end after it', () => {
    expect(resolveTextDirective('a b c a d c', { start: 'a', end: 'c' })).toBe('a b c');
  });
  test('collapses white space as a page renders it', () => {
    expect(resolveTextDirective('the  first\nalliance', { start: 'first alliance' })).toBe('first alliance');
  });
  test('needs the prefix before start and the suffix after it', () => {
    expect(resolveTextDirective('one pact, two pact', { prefix: 'two', start: 'pact' })).toBe('pact');
    expect(resolveTextDirective('one pact, two pact', { prefix: 'three', start: 'pact' })).toBeUndefined();
    expect(resolveTextDirective('pact one; pact two', { start: 'pact', suffix: 'two' })).toBe('pact');
    expect(resolveTextDirective('pact one; pact two', { start: 'pact', suffix: 'three' })).toBeUndefined();
  });
  test('is undefined when end does not follow start', () => {
    expect(resolveTextDirective('end before start', { start: 'start', end: 'end' })).toBeUndefined();
  });
});
