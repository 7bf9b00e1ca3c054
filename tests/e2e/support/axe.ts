import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
export type TAxeViolation = AxeResults['violations'][number];

export type TAxeReport = {
  label: string;
  url: string;
  violations: TAxeViolation[];
  passes: number;
  ms: number;
};

/** axe's violations as lines a person can act on: rule, impact, what to do, where. */
export function formatViolations(label: string, violations: TAxeViolation[]): string {
  const lines = [`axe: ${violations.length} violation(s) on ${label}`];
  for (const v of violations) {
    lines.push(`- ${v.id} [${v.impact ?? 'n/a'}] ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    at ${node.target.join(' ')}`);
      lines.push(`       ${node.html.slice(0, 200)}`);
      if (node.failureSummary)
        lines.push(...node.failureSummary.split('\n').map((l) => `       ${l}`));
    }
  }
  return lines.join('\n');
}

/**
 * Runs axe-core (every rule axe enables by default: WCAG 2.x A/AA and best practices) on pages
 * and keeps a report per page. axe runs inside the page, so on a context with JavaScript off
 * it audits a copy: the same HTML, served at the same URL (so the stylesheet loads and colour
 * contrast is measured) into a scripted page of its own.
 */
export class AxeAudit {
  readonly reports: TAxeReport[] = [];
  private snapshotContext: BrowserContext | null = null;

  constructor(private readonly browser: Browser) {}

  /** Audits what `page` shows now; returns its violations (the caller asserts). */
  async check(
    page: Page,
    label: string,
    opts: { javaScriptOff?: boolean } = {},
  ): Promise<TAxeViolation[]> {
    const url = page.url();
    const started = Date.now();
    const results = opts.javaScriptOff
      ? await this.analyzeCopy(page)
      : await new AxeBuilder({ page }).analyze();
    this.reports.push({
      label,
      url,
      violations: results.violations,
      passes: results.passes.length,
      ms: Date.now() - started,
    });
    return results.violations;
  }

  private async analyzeCopy(page: Page): Promise<AxeResults> {
    const html = await page.content();
    const viewport = page.viewportSize();
    this.snapshotContext ??= await this.browser.newContext({ javaScriptEnabled: true });
    const copy = await this.snapshotContext.newPage();
    try {
      if (viewport) await copy.setViewportSize(viewport);
      await copy.route('**/*', (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
          : route.continue(),
      );
      await copy.goto(page.url(), { waitUntil: 'load' });
      return await new AxeBuilder({ page: copy }).analyze();
    } finally {
      await copy.close();
    }
  }

  /** One line per audited page, for the test log. */
  summary(): string {
    return this.reports
      .map(
        (r) =>
          `${r.violations.length === 0 ? 'ok ' : 'BAD'} ${r.label} — ${r.violations.length} violations, ${r.passes} rules passed, ${r.ms} ms (${r.url})`,
      )
      .join('\n');
  }

  async close(): Promise<void> {
    await this.snapshotContext?.close();
    this.snapshotContext = null;
  }
}
