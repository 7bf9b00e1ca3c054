// Issue 5 weight budgets for the catalog and finder pages, in English and in Chinese, fetched as
// a browser's first visit does (`accept-encoding: br, gzip`, nothing cached):
//   - the HTML, compressed, fits the first TCP flight: ≤ 14 KB (14,336 bytes; 10 segments of
//     ~1,460 bytes is ~14.3 KB). Our critical CSS is not inlined: it is the one small file
//     /assets/site.css, so its compressed size and whether HTML + CSS fit 14 KB are printed too;
//   - everything a first visit loads (the HTML and every stylesheet, script, icon and image it
//     references, and whatever those stylesheets reference), compressed: ≤ 50 KB (51,200 bytes);
//   - no web font (no @font-face, no font file) and no third-party URL: every URL a page or its
//     CSS would fetch is on our own origin (mailto: and in-page #links fetch nothing).
// Sizes are the bytes on the wire (the body as sent, without HTTP headers). A goal missed prints
// MISSED; the process exits non-zero only on a crash. `npm run bench -- page-weight`.
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';

import { startChildServer } from './support/child-server';

const HTML_GOAL = 14_336;
const TOTAL_GOAL = 51_200;
const FONT_FILE = /\.(woff2?|ttf|otf|eot)(\?|#|$)/i;
const LOCALES = ['en', 'zh-CN'] as const;
const FINDER_ANSWER =
  '/finder?level=master&birthDate=1995-06-01&nationality=PK&highestQualification=bachelor&intakeYear=2026';

type TFetched = { status: number; type: string; wire: number; text: string };

/** GET with the headers a browser sends; the body as it came (compressed) and decoded. */
function get(url: string, headers: Record<string, string>): Promise<TFetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body =
          encoding === 'br'
            ? brotliDecompressSync(raw)
            : encoding === 'gzip'
              ? gunzipSync(raw)
              : raw;
        resolve({
          status: res.statusCode ?? 0,
          type: String(res.headers['content-type'] ?? ''),
          wire: raw.length,
          text: body.toString('utf8'),
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Every URL an HTML page would fetch or name in a resource attribute. */
function htmlUrls(html: string): { loads: string[]; all: string[] } {
  const loads: string[] = [];
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = /\brel="([^"]*)"/i.exec(m[0])?.[1] ?? '';
    const href = /\bhref="([^"]*)"/i.exec(m[0])?.[1];
    // Stylesheets, icons and preloads are fetched on a first visit; alternate/canonical are not.
    if (href && /stylesheet|icon|preload|modulepreload|manifest/i.test(rel)) loads.push(href);
  }
  for (const m of html.matchAll(
    /<(?:script|img|iframe|source|video|audio|embed)\b[^>]*\bsrc="([^"]*)"/gi,
  ))
    loads.push(m[1] ?? '');
  for (const m of html.matchAll(/\bsrcset="([^"]*)"/gi))
    for (const part of (m[1] ?? '').split(',')) loads.push(part.trim().split(/\s+/)[0] ?? '');
  for (const m of html.matchAll(/url\(\s*['"]?([^'")]+)/gi)) loads.push(m[1] ?? '');
  const all = [...html.matchAll(/\b(?:href|src|action|formaction|poster|data)="([^"]*)"/gi)].map(
    (m) => m[1] ?? '',
  );
  return { loads: loads.filter(Boolean), all: [...all, ...loads] };
}

function cssUrls(css: string): string[] {
  return [
    ...[...css.matchAll(/url\(\s*['"]?([^'")]+)/gi)].map((m) => m[1] ?? ''),
    ...[...css.matchAll(/@import\s+['"]([^'"]+)/gi)].map((m) => m[1] ?? ''),
  ].filter((u) => u && !u.startsWith('data:'));
}

/** A URL that would reach another origin (mailto:, tel:, data: and #fragments fetch nothing). */
function isThirdParty(url: string, origin: string): boolean {
  const u = url.replace(/&amp;/g, '&');
  if (/^(mailto:|tel:|data:|#|javascript:)/i.test(u)) return false;
  return new URL(u, `${origin}/`).origin !== origin;
}

const fmt = (n: number) => n.toLocaleString('en-US');

async function main(): Promise<void> {
  const app = await startChildServer('app');
  try {
    const origin = app.url;
    const ids = (
      JSON.parse((await get(`${origin}/api/v1/programs`, {})).text) as {
        programs: { id: string }[];
      }
    ).programs.map((p) => p.id);
    const paths = [
      '/',
      '/programs',
      ...ids.map((id) => `/programs/${id}`),
      '/finder',
      FINDER_ANSWER,
    ];
    const assetCache = new Map<string, TFetched>();
    const browser = (locale: string) => ({
      'accept-encoding': 'br, gzip',
      'accept-language': locale,
      accept: 'text/html,*/*',
    });
    const css = await get(`${origin}/assets/site.css`, browser('en'));
    console.log(
      `page-weight: compressed bytes on the wire (br), first visit; goals: HTML ≤ ${fmt(HTML_GOAL)} B, ` +
        `everything ≤ ${fmt(TOTAL_GOAL)} B; /assets/site.css is ${fmt(css.wire)} B compressed ` +
        `(${fmt(Buffer.byteLength(css.text))} B raw)`,
    );
    let missed = 0;
    let largestHtml = 0;
    let largestTotal = 0;
    for (const locale of LOCALES) {
      for (const path of paths) {
        const page = await get(`${origin}${path}`, browser(locale));
        if (page.status !== 200) throw new Error(`${path} (${locale}) answered ${page.status}`);
        const problems: string[] = [];
        const { loads, all } = htmlUrls(page.text);
        const thirdParty = all.filter((u) => isThirdParty(u, origin));
        if (thirdParty.length) problems.push(`third-party URL ${thirdParty.join(', ')}`);
        if (/@font-face/i.test(page.text)) problems.push('@font-face in the HTML');
        // Everything the page loads, and what its stylesheets load in turn.
        const queue = [...new Set(loads.map((u) => new URL(u, `${origin}${path}`).href))];
        const loaded: { url: string; wire: number }[] = [];
        for (let i = 0; i < queue.length; i++) {
          const url = queue[i]!;
          if (FONT_FILE.test(url)) problems.push(`font file ${url}`);
          if (new URL(url).origin !== origin) continue; // reported above; never fetched here
          let asset = assetCache.get(url);
          if (!asset) {
            asset = await get(url, browser(locale));
            assetCache.set(url, asset);
          }
          if (asset.status !== 200) problems.push(`${url} answered ${asset.status}`);
          loaded.push({ url, wire: asset.wire });
          if (asset.type.includes('css')) {
            if (/@font-face/i.test(asset.text)) problems.push(`@font-face in ${url}`);
            for (const u of cssUrls(asset.text)) {
              if (isThirdParty(u, origin)) problems.push(`third-party URL ${u} in ${url}`);
              const abs = new URL(u, url).href;
              if (!queue.includes(abs)) queue.push(abs);
            }
          }
        }
        const cssWire = loaded
          .filter((l) => assetCache.get(l.url)?.type.includes('css'))
          .reduce((s, l) => s + l.wire, 0);
        const total = page.wire + loaded.reduce((s, l) => s + l.wire, 0);
        const isHtmlOk = page.wire <= HTML_GOAL;
        const isTotalOk = total <= TOTAL_GOAL;
        const fitsWithCss = page.wire + cssWire <= HTML_GOAL;
        if (!isHtmlOk || !isTotalOk || problems.length) missed++;
        largestHtml = Math.max(largestHtml, page.wire);
        largestTotal = Math.max(largestTotal, total);
        const label = path === FINDER_ANSWER ? '/finder?<answer>' : path;
        console.log(
          `  ${locale.padEnd(5)} ${label.padEnd(20)} HTML ${fmt(page.wire).padStart(6)} B` +
            `${isHtmlOk ? '' : ' MISSED'} (${fmt(Buffer.byteLength(page.text))} raw)` +
            ` | HTML+CSS ${fmt(page.wire + cssWire).padStart(6)} B ${fitsWithCss ? 'fits 14 KB' : 'does not fit 14 KB'}` +
            ` | first visit ${fmt(total).padStart(6)} B in ${1 + loaded.length} files${isTotalOk ? '' : ' MISSED'}` +
            ` | web fonts, third parties: ${problems.length ? `MISSED ${problems.join('; ')}` : 'none'}`,
        );
      }
    }
    console.log(
      `page-weight: largest HTML ${fmt(largestHtml)} B, largest first visit ${fmt(largestTotal)} B; ` +
        `${missed === 0 ? 'every page within its budget' : `${missed} page(s) MISSED a goal`}`,
    );
  } finally {
    await app.stop();
  }
}

await main();
