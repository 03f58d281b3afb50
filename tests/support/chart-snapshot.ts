/**
 * The charts' snapshots as files a reviewer can open: the rendered markup with its numbers rounded,
 * the SVG namespace and a minimal stylesheet (the site's own CSS needs the page), one .svg file per
 * chart and drawn size in tests/unit/__snapshots__/charts/.
 */

/** Rounds every number in the markup to one decimal, so snapshots do not churn on float noise. */
export const rounded = (html: string) =>
  html
    .replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '')
    .replace(/></g, '>\n<');

/** The rendered chart as a standalone SVG document. */
export const svgFile = (html: string) =>
  rounded(html)
    .replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ')
    .replace(/(<svg[^>]*>)/, '$1\n<style>text { font-family: sans-serif; } .label-boxes rect { fill: white; } .grid, .axis path { fill: none; stroke: #999; } .leaders line { stroke: #999; } .milestone .hit { fill: none; }</style>') + '\n';

/** The snapshot file of one chart at one size, relative to the test files in tests/unit/. */
export const snapshot = (name: string) => `./__snapshots__/charts/${name}.svg`;
