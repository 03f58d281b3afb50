/** Reads a PDF's text page by page with Mozilla's pdf.js (no system tools needed). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Text of each page, items joined by spaces, in page order. */
  pages: string[];
  /** Page size in PostScript points of the first page. */
  size: { width: number; height: number };
}

export async function pdfText(data: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  let size = { width: 0, height: 0 };
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    if (i === 1) {
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      size = { width: x1 - x0, height: y1 - y0 };
    }
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
  }
  await doc.destroy();
  return { pages, size };
}

/** Collapses white space and undoes the line breaks pdf.js leaves inside long strings such as URLs. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}
