/** Reads a PDF's text page by page with Mozilla's pdf.js (no system tools needed). */
import { OPS, getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Text of each page, items joined by spaces, in page order. */
  pages: string[];
  /** Page size in PostScript points of the first page. */
  size: { width: number; height: number };
  /**
   * For each page, how far down the page its lowest line of text inside the page box sits, as a
   * fraction of the page's height (0 at the top edge, 1 at the bottom edge), or 0 for a page with no
   * text there. The page box is the page less `margins` (the margin boxes' title and page number are
   * outside it). Every drawing of the site carries text (labels, a legend, an axis), so a page that
   * ends in a figure ends in that figure's last line of text.
   */
  lowest: number[];
}

/** The @page margins of print.css, in millimetres: text outside them is page furniture. */
export const PAGE_MARGINS_MM = { top: 18, bottom: 20 } as const;

/** A PDF opened with pdf.js as the print tests read it: no system fonts, no eval, quiet. */
function openPdf(data: Uint8Array) {
  return getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
}

export async function pdfText(data: Uint8Array, margins: { top: number; bottom: number } = PAGE_MARGINS_MM): Promise<PdfText> {
  const doc = await openPdf(data);
  const pages: string[] = [];
  const lowest: number[] = [];
  let size = { width: 0, height: 0 };
  const pt = (mm: number) => (mm / 25.4) * 72;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    if (i === 1) size = { width: x1 - x0, height: y1 - y0 };
    const content = await page.getTextContent();
    pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    // PDF y runs up from the bottom edge; a text item's transform[5] is its baseline.
    let low = y1;
    for (const it of content.items) {
      if (!('str' in it) || !it.str.trim()) continue;
      const y = it.transform[5] as number;
      if (y > y0 + pt(margins.bottom) && y < y1 - pt(margins.top)) low = Math.min(low, y);
    }
    lowest.push(low === y1 ? 0 : (y1 - low) / (y1 - y0));
  }
  await doc.destroy();
  return { pages, size, lowest };
}

/** Collapses white space and undoes the line breaks pdf.js leaves inside long strings such as URLs. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ');
}

/**
 * Text with all white space taken out and in lower case, for finding printed words whatever the
 * page did to their lines and spacing (pdf.js splits and joins items at its own places).
 */
export function squash(text: string): string {
  return text.replace(/\s+/g, '').toLowerCase();
}

/** What each page of a PDF paints besides plain text, read from pdf.js's operator lists. */
export interface PdfPaint {
  /**
   * The text each page shows in Type 3 fonts, one string per run. Chromium writes stroked text (an
   * SVG text's halo drawn with `stroke`) this way, and poppler's readers (Evince, Okular, pdftoppm,
   * the CUPS filters that print on Linux) do not draw those strokes at screen resolutions.
   */
  type3: string[][];
  /** How many pictures each page paints (Chromium writes an SVG filter's result as one). */
  images: number[];
}

export async function pdfPaint(data: Uint8Array): Promise<PdfPaint> {
  const doc = await openPdf(data);
  const type3: string[][] = [];
  const images: number[] = [];
  const pictures = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat]);
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    let font = '';
    const runs: string[] = [];
    let count = 0;
    for (let k = 0; k < ops.fnArray.length; k++) {
      const fn = ops.fnArray[k];
      const args = ops.argsArray[k] as unknown[];
      if (fn === OPS.setFont) font = String(args[0]);
      else if (fn === OPS.showText && page.commonObjs.has(font)) {
        const f = page.commonObjs.get(font) as { isType3Font?: boolean } | undefined;
        if (f?.isType3Font) runs.push((args[0] as ({ unicode?: string } | null | number)[]).map((g) => (g && typeof g === 'object' ? (g.unicode ?? '') : '')).join(''));
      } else if (pictures.has(fn!)) count++;
    }
    type3.push(runs);
    images.push(count);
  }
  await doc.destroy();
  return { type3, images };
}
