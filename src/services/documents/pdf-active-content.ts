import { inflateSync } from 'node:zlib';

import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFInvalidObject,
  PDFName,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';

/**
 * What a PDF may do beyond showing pages, for staff to know before they open it: run
 * JavaScript, carry other files, launch a program, play rich media. Never a reason to refuse
 * the upload — forms and portfolios legitimately have some — only a warning.
 */
export const PDF_FLAGS = ['javascript', 'embedded_file', 'launch', 'rich_media'] as const;
export type TPdfFlag = (typeof PDF_FLAGS)[number];

const NAME = {
  JavaScript: PDFName.of('JavaScript'),
  JS: PDFName.of('JS'),
  S: PDFName.of('S'),
  Type: PDFName.of('Type'),
  Subtype: PDFName.of('Subtype'),
  Launch: PDFName.of('Launch'),
  EmbeddedFiles: PDFName.of('EmbeddedFiles'),
  EmbeddedFile: PDFName.of('EmbeddedFile'),
  EF: PDFName.of('EF'),
  FileAttachment: PDFName.of('FileAttachment'),
  RichMedia: PDFName.of('RichMedia'),
  RichMediaContent: PDFName.of('RichMediaContent'),
};

/** The flags one dictionary raises by its own keys and values (not those of its children). */
function flagsOfDict(dict: PDFDict, found: Set<TPdfFlag>): void {
  const s = dict.get(NAME.S);
  const type = dict.get(NAME.Type);
  const subtype = dict.get(NAME.Subtype);
  // A JavaScript action (S /JavaScript, JS …), the document's JavaScript name tree, or a /JS
  // entry anywhere (OpenAction, /AA additional actions, an annotation's or a field's /A).
  if (s === NAME.JavaScript || dict.has(NAME.JS) || dict.has(NAME.JavaScript))
    found.add('javascript');
  if (s === NAME.Launch) found.add('launch');
  if (
    dict.has(NAME.EmbeddedFiles) ||
    dict.has(NAME.EF) ||
    type === NAME.EmbeddedFile ||
    subtype === NAME.FileAttachment
  )
    found.add('embedded_file');
  if (subtype === NAME.RichMedia || dict.has(NAME.RichMediaContent)) found.add('rich_media');
}

/** Walks an object's direct children (references are visited as objects of their own). */
function walk(obj: PDFObject, found: Set<TPdfFlag>, depth = 0): void {
  if (depth > 64) return;
  const dict = obj instanceof PDFStream ? obj.dict : obj instanceof PDFDict ? obj : null;
  if (dict) {
    flagsOfDict(dict, found);
    for (const [, value] of dict.entries()) walk(value, found, depth + 1);
  } else if (obj instanceof PDFArray) {
    for (const value of obj.asArray()) walk(value, found, depth + 1);
  }
}

/**
 * The flags of a PDF pdf-lib can parse: every object of the file, those packed into
 * compressed object streams included (pdf-lib unpacks them as it loads), and what each holds
 * inline (the catalog's /Names, a page's /Annots …). `isDamaged` when an object could not be
 * read: a reader that repairs files might still find what pdf-lib skipped.
 */
function flagsOfParsed(pdf: PDFDocument): { flags: Set<TPdfFlag>; isDamaged: boolean } {
  const flags = new Set<TPdfFlag>();
  let isDamaged = false;
  for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFInvalidObject) isDamaged = true;
    walk(obj, flags);
  }
  return { flags, isDamaged };
}

// A name token ends at whitespace or a delimiter (PDF 32000-1, 7.2.2), so /JSON is not /JS.
const TOKENS: [RegExp, TPdfFlag][] = [
  [/\/(?:JavaScript|JS)(?=[\s/<>[\]()%{}]|$)/, 'javascript'],
  [/\/Launch(?=[\s/<>[\]()%{}]|$)/, 'launch'],
  [/\/(?:EmbeddedFiles?|EF|FileAttachment)(?=[\s/<>[\]()%{}]|$)/, 'embedded_file'],
  [/\/RichMedia(?:Content)?(?=[\s/<>[\]()%{}]|$)/, 'rich_media'],
];
const STREAM = /stream\r?\n/g;
const MAX_INFLATED = 8 * 1024 * 1024;

/**
 * The fallback for a PDF pdf-lib cannot parse, or only in part: the name tokens in the raw bytes, and in every
 * stream that inflates (object streams hide dictionaries inside Flate-compressed data).
 * Note: it may see a token in a page's content too; a false warning is the safe side.
 */
function flagsOfRaw(bytes: Buffer): TPdfFlag[] {
  const texts = [bytes.toString('latin1')];
  for (const m of texts[0]!.matchAll(STREAM)) {
    const start = m.index + m[0].length;
    const end = bytes.indexOf('endstream', start, 'latin1');
    if (end < 0) break;
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: MAX_INFLATED });
      texts.push(inflated.toString('latin1'));
    } catch {
      // Not Flate, or truncated: its raw bytes were already scanned.
    }
  }
  return TOKENS.filter(([re]) => texts.some((t) => re.test(t))).map(([, flag]) => flag);
}

/**
 * Reads a PDF's page count and what it may do beyond showing pages (`PDF_FLAGS`).
 * @example await inspectPdf(bytes) // { pageCount: 2, flags: ['javascript'] }
 */
export async function inspectPdf(
  bytes: Buffer,
): Promise<{ pageCount: number | null; flags: TPdfFlag[] }> {
  let pdf: PDFDocument;
  try {
    pdf = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
  } catch {
    // A PDF pdf-lib cannot parse (unusual structure) is still accepted: the page count is unknown.
    return { pageCount: null, flags: flagsOfRaw(bytes) };
  }
  let pageCount: number | null;
  try {
    pageCount = pdf.getPageCount();
  } catch {
    pageCount = null;
  }
  const parsed = flagsOfParsed(pdf);
  // Note: a file pdf-lib only half understood is also scanned as bytes, so a damaged object
  // cannot hide its script from us while a repairing reader still runs it.
  if (parsed.isDamaged || !pageCount) for (const f of flagsOfRaw(bytes)) parsed.flags.add(f);
  return { pageCount, flags: PDF_FLAGS.filter((f) => parsed.flags.has(f)) };
}
