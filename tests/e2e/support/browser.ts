import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';

import { failureProblems, type TFailedRequest } from './request-failures';

/** Debian's Chromium (apt-get install chromium). Never `npx playwright install`. */
export const CHROMIUM_PATH = process.env.JX_CHROMIUM ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A phone-sized viewport (iPhone 12–15 class). */
export const PHONE_VIEWPORT = { width: 390, height: 844 };

export type TWatchedPage = {
  context: BrowserContext;
  page: Page;
  /** Problems seen so far: requests leaving `origin`, failed requests, console errors, page errors. */
  problems: () => string[];
};

/**
 * A new browser context and page that records what a journey must never cause: a request to
 * any other origin (no CDN, no third party), a failed request, a console error (CSP
 * violations are reported there) or an uncaught page error.
 */
export async function openWatchedPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<TWatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    // chrome:// and chrome-extension:// are the browser's own built-in PDF viewer drawing a
    // document the page embeds: not a network request, never a third party.
    const isBrowserOwn = /^(chrome|chrome-extension):\/\//.test(url);
    if (
      !url.startsWith(`${origin}/`) &&
      !url.startsWith('data:') &&
      url !== 'about:blank' &&
      !isBrowserOwn
    )
      problems.push(`request to another origin: ${request.method()} ${url}`);
  });
  // Failed requests are judged when the problems are read (request-failures.ts): an abort
  // caused by a later navigation is the browser's, not the page's.
  let navigations = 0;
  const started = new WeakMap<Request, number>();
  const failures: TFailedRequest[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1;
  });
  page.on('request', (request) => started.set(request, navigations));
  page.on('requestfailed', (request) =>
    failures.push({
      method: request.method(),
      url: request.url(),
      errorText: request.failure()?.errorText ?? 'unknown error',
      navigationsAtStart: started.get(request) ?? navigations,
    }),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // Chromium logs every HTTP error status as "Failed to load resource": 'response' has them.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    // The built-in PDF viewer's own scripts (chrome-extension://) are the browser's, not ours.
    if (/(chrome|chrome-extension):\/\//.test(error.stack ?? '')) return;
    problems.push(`page error: ${error.message}`);
  });
  return {
    context,
    page,
    problems: () => [...problems, ...failureProblems(failures, navigations)],
  };
}

/** The `lang` attribute of the page's <html> element. */
export function htmlLang(page: Page): Promise<string | null> {
  return page.locator('html').getAttribute('lang');
}
