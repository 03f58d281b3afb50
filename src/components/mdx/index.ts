// The components an entry's MDX text may use, passed once to every entry's <Content components={…} />.
export { default as Cite } from './Cite.astro';
export { default as ClaimRef } from './ClaimRef.astro';
export { default as Quote } from './Quote.astro';
export { default as Term } from './Term.astro';
