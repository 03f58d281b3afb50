// The little of citation-js (which ships no types) that src/lib/cite.ts and its tests use.
declare module '@citation-js/core' {
  /** A CSL-JSON item: https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html */
  export type CslData = Record<string, unknown> & { id: string; type: string };

  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>);
    /** The items, as CSL-JSON. */
    data: CslData[];
    format(name: 'bibliography', options: Record<string, unknown> & { asEntryArray: true }): [string, string][];
    format(name: string, options?: Record<string, unknown>): string;
  }

  export namespace plugins {
    namespace config {
      function get(name: string): Record<string, { add(name: string, value: unknown): void; has(name: string): boolean }>;
    }
  }
}

declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
