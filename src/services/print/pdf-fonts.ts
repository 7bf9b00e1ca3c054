import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Note: the printed form must render Chinese on a fresh machine after `npm install` alone, so
// the CJK font comes from an npm package, not the system: @embedpdf/fonts-sc ships Noto Sans
// Hans (Noto Sans CJK SC: nearly all CJK Unified Ideographs of the BMP and Extension A, Latin,
// Greek and Cyrillic) as OpenType/CFF. pdfkit embeds only the glyphs used (a subset), so a
// form stays within 100–200 KB. The same bytes on every machine keep the output reproducible,
// which is why Debian's fonts-noto-cjk is not preferred even where it is installed.

export type TPdfFonts = { regular: string; bold: string };

let cached: TPdfFonts | undefined;

/** Paths of the regular and bold CJK fonts; throws a clear error when the package is missing. */
export function pdfFonts(): TPdfFonts {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  let entry: string;
  try {
    entry = require.resolve('@embedpdf/fonts-sc');
  } catch {
    throw new Error('The CJK font package @embedpdf/fonts-sc is missing: run `npm install`');
  }
  const folder = join(dirname(entry), '..', 'fonts');
  const fonts = {
    regular: join(folder, 'NotoSansHans-Regular.otf'),
    bold: join(folder, 'NotoSansHans-Bold.otf'),
  };
  for (const path of Object.values(fonts))
    if (!existsSync(path)) throw new Error(`CJK font file not found: ${path}`);
  cached = fonts;
  return fonts;
}
