import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { formSections } from '@/domain/applications/form-definition';
import { PROGRAM_IDS } from '@/domain/programs';
import { LOCALES, type TLocale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';
import { inviteReferee } from '@/services/referees/invite-referee';
import { latestToken } from '@/services/referees/referee.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';

import { AxeAudit, formatViolations } from './support/axe';
import { htmlLang, launchChromium, openWatchedPage, type TWatchedPage } from './support/browser';
import { signIn } from './support/sign-in';
import { startE2eSystem, type TE2eSystem } from './support/system';

// Issue 9, narrow screens: on the smallest phone in use (320 CSS pixels wide) no page a person
// can reach scrolls sideways, in English and in Chinese. Every element stays inside the
// viewport except inside a declared scroll region (`.table-scroll`: named, focusable, with its
// edge shadows); tables read row by row (the coverage tables) stack into labelled blocks and
// stay tables for screen readers; and axe-core finds no violation at that width.

const VIEWPORT = { width: 320, height: 640 };
const SCREENSHOTS = process.env.JX_E2E_SCREENSHOTS ?? '/tmp';
// As in the applicant journey: the demo is made on 10 January 2026 and the clock stands on
// 1 March 2026, inside csc-2026's window (2026-01-05 → 2026-04-05), so referees can be invited.
const SEEDED_AT = new Date('2026-01-10T02:00:00Z');
const NOW = new Date('2026-03-01T02:00:00Z');
const ADMIN = 'admin@demo.jiangxue.test';
const APPLICANT = { email: 'narrow.screens@example.org', displayName: 'Nguyen Thi Thanh Huong' };
const APPLICATION = { callId: 'csc-2026', programId: 'csc', track: 'doctoral' } as const;
const FINDER_QUERY = new URLSearchParams({
  level: 'master',
  birthDate: '1995-06-01',
  nationality: 'PK',
  highestQualification: 'bachelor',
  intakeYear: '2026',
});

let system: TE2eSystem;
let browser: Browser;
let audit: AxeAudit;
let applicationId: string;
/** One referee per language, so each language's pass meets the link page before it is opened. */
const refereeTokens = {} as Record<TLocale, string>;

beforeAll(async () => {
  const [started, launched] = await Promise.allSettled([
    startE2eSystem({}, { seededAt: SEEDED_AT }),
    launchChromium(),
  ]);
  if (started.status === 'fulfilled') system = started.value;
  if (launched.status === 'fulfilled') browser = launched.value;
  if (started.status === 'rejected') throw started.reason;
  if (launched.status === 'rejected') throw launched.reason;
  system.running.deps.now = () => new Date(NOW);
  audit = new AxeAudit(browser);

  const { db } = system.database;
  const applicant = await createApplicant(db, NOW, { ...APPLICANT, password: DEMO_PASSWORD });
  applicationId = (await createApplication(db, NOW, { userId: applicant.userId, ...APPLICATION }))
    .id;
  for (const locale of LOCALES) {
    const email = `referee.${locale.toLowerCase()}@example.edu`;
    await inviteReferee(
      system.running.deps,
      applicant.actor,
      {},
      {
        applicationId,
        referee: {
          name: 'Prof. Tran Van Minh',
          title: 'Professor',
          institution: 'HUST',
          email,
          locale,
        },
      },
    );
    refereeTokens[locale] = await latestToken(db, email);
  }
});

afterAll(async () => {
  await audit?.close();
  await browser?.close();
  await system?.stop();
  if (audit?.reports.length) console.log(`axe-core at 320 px:\n${audit.summary()}`);
});

type TFit = {
  scrollWidth: number;
  clientWidth: number;
  /** Visible elements whose right edge is past the viewport, outside any `.table-scroll`. */
  outside: string[];
  /** `.table-scroll` boxes missing a name, keyboard focus or their edge shadows. */
  badRegions: string[];
  /** Stacked cells whose column label does not show. */
  unlabelledCells: number;
};

/** Measures, in the page, whether anything sticks out to the right (see TFit). */
function measureFit(): TFit {
  const root = document.documentElement;
  const width = root.clientWidth;
  const describe = (el: Element) =>
    `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${Array.from(el.classList)
      .map((c) => `.${c}`)
      .join('')}> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
  // An element inside a box that clips (the visually-hidden pattern) cannot stick out.
  const isClipped = (el: Element) => {
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
      if (['hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
    return false;
  };
  const outside: string[] = [];
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    const region = el.closest('.table-scroll');
    if (region && region !== el) continue;
    const style = getComputedStyle(el);
    if (style.visibility !== 'visible') continue;
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.height === 0 || isClipped(el)) continue;
    // Its own box, or content that spills out of a box that does not scroll or clip.
    const right = Math.max(
      box.right,
      style.overflowX === 'visible' ? box.left + el.scrollWidth : box.right,
    );
    if (right > width + 0.5) outside.push(`${describe(el)} ends at ${Math.round(right)}`);
  }
  const badRegions = Array.from(document.querySelectorAll('.table-scroll'))
    .filter(
      (el) =>
        el.getAttribute('role') !== 'region' ||
        !el.getAttribute('aria-label')?.trim() ||
        el.getAttribute('tabindex') !== '0' ||
        !getComputedStyle(el).backgroundImage.includes('gradient'),
    )
    .map(describe);
  const unlabelledCells = Array.from(document.querySelectorAll('table.table-stack td')).filter(
    (td) => !td.getAttribute('data-label') || getComputedStyle(td, '::before').content === 'none',
  ).length;
  return {
    scrollWidth: root.scrollWidth,
    clientWidth: width,
    outside,
    badRegions,
    unlabelledCells,
  };
}

async function expectFitsAndPasses(page: Page, label: string, locale: TLocale): Promise<void> {
  expect(await htmlLang(page), label).toBe(locale);
  const fit = await page.evaluate(measureFit);
  expect(fit.outside, `${label}: past the right edge`).toEqual([]);
  expect(fit.scrollWidth, `${label}: the page scrolls sideways`).toBeLessThanOrEqual(
    fit.clientWidth,
  );
  expect(fit.badRegions, `${label}: scroll regions`).toEqual([]);
  expect(fit.unlabelledCells, `${label}: stacked cells without their column label`).toBe(0);
  const violations = await audit.check(page, label);
  expect(violations, formatViolations(`${label} ${page.url()}`, violations)).toEqual([]);
}

/** What went wrong on a watched page, less Chromium dropping its own favicon fetch. */
function problemsOf(watched: TWatchedPage): string[] {
  const favicon = `request failed: GET ${system.baseUrl}/assets/favicon.svg (net::ERR_ABORTED)`;
  return watched.problems().filter((p) => p !== favicon);
}

/** `path` in `locale`: `?lang=` is the language switch's own parameter. */
function inLocale(path: string, locale: TLocale): string {
  return `${system.baseUrl}${path}${path.includes('?') ? '&' : '?'}lang=${locale}`;
}

async function open(page: Page, path: string, locale: TLocale): Promise<void> {
  await page.goto(inLocale(path, locale));
  await page.locator('h1').first().waitFor();
}

async function pass(locale: TLocale): Promise<void> {
  const t = translator(locale);
  const main = (page: Page) => page.getByRole('main');
  const button = (page: Page, key: Parameters<typeof t>[0]) =>
    main(page).getByRole('button', { name: t(key), exact: true });
  const watched = await Promise.all(
    [0, 1, 2].map(() => openWatchedPage(browser, system.baseUrl, { viewport: VIEWPORT })),
  );
  const [visitor, applicant, admin] = watched.map((w) => w.page) as [Page, Page, Page];
  const at = async (page: Page, path: string, label: string) => {
    await open(page, path, locale);
    await expectFitsAndPasses(page, `${label} (${locale})`, locale);
  };

  try {
    // The public site, signed out.
    await at(visitor, '/', 'catalog');
    await at(visitor, '/programs', 'all programs');
    for (const id of PROGRAM_IDS) {
      await at(visitor, `/programs/${id}`, `program page ${id}`);
      // Stacked, the coverage table is still a table to assistive technology.
      const table = main(visitor).locator('table.table-stack');
      if ((await table.count()) > 0) {
        const tree = await table.first().ariaSnapshot();
        expect(tree, `${id}: coverage table semantics`).toMatch(/^- table/);
        expect(tree).toContain('- rowheader');
        expect(tree).toContain('- cell');
      }
      if (id === 'csc')
        await visitor.screenshot({
          path: `${SCREENSHOTS}/jx-narrow-csc-${locale}.png`,
          fullPage: true,
        });
    }
    await at(visitor, '/finder', 'finder');
    await open(visitor, `/finder?${FINDER_QUERY}`, locale);
    await main(visitor)
      .getByRole('region', { name: t('finder.results_title'), exact: true })
      .waitFor();
    await expectFitsAndPasses(visitor, `finder answer (${locale})`, locale);
    await at(visitor, '/sign-in', 'sign-in');
    await at(visitor, '/sign-up', 'sign-up');
    await at(visitor, '/forgot-password', 'forgot password');

    // A referee's personal link: the page before the button, then the letter form.
    await at(visitor, `/r/${refereeTokens[locale]}`, 'referee link');
    await button(visitor, 'referees.letter_open_submit').click();
    await main(visitor)
      .getByRole('button', { name: t('referees.letter_write_submit'), exact: true })
      .first()
      .waitFor();
    await expectFitsAndPasses(visitor, `referee letter form (${locale})`, locale);

    // The applicant's portal.
    await signIn(applicant, system.baseUrl, APPLICANT.email);
    await at(applicant, '/account', 'account');
    await at(applicant, '/applicant/profile', 'profile');
    await at(applicant, '/applications', 'applications');
    const app = `/applications/${applicationId}`;
    await at(applicant, app, 'application overview');
    for (const section of formSections(APPLICATION.programId, APPLICATION.track))
      await at(applicant, `${app}/sections/${section.id}`, `section ${section.id}`);
    await at(applicant, `${app}/documents`, 'documents');
    await at(applicant, `${app}/referees`, 'referees');
    await at(applicant, `${app}/submit`, 'submit');
    await at(applicant, `${app}/status`, 'status');

    // Staff and administration (the administrator may do both).
    await signIn(admin, system.baseUrl, ADMIN);
    await at(admin, '/staff/calls', 'calls');
    await at(admin, `/staff/calls/${APPLICATION.callId}`, 'call edit');
    // Check your changes: a table of before and after, reached by changing the deadline.
    const deadline = admin.getByLabel(t('call_form.closes_on'), { exact: true });
    await deadline.fill(
      (await deadline.inputValue()) === '2026-04-20' ? '2026-04-21' : '2026-04-20',
    );
    await button(admin, 'call_form.continue').click();
    await admin
      .getByRole('heading', { level: 1, name: t('call_check.title'), exact: true })
      .waitFor();
    await expectFitsAndPasses(admin, `call check (${locale})`, locale);
    await at(admin, '/staff/verify', 'verify');
    await at(admin, '/admin/mailbox', 'mailbox');
    await main(admin).locator('tbody a').first().click();
    await main(admin)
      .getByRole('link', { name: t('mailbox.back'), exact: true })
      .waitFor();
    await expectFitsAndPasses(admin, `an email (${locale})`, locale);
    await at(admin, '/admin/audit', 'audit log');

    for (const w of watched) expect(problemsOf(w)).toEqual([]);
  } finally {
    await Promise.all(watched.map((w) => w.context.close()));
  }
}

describe('narrow screens: every page at 320 × 640 (issue 9)', () => {
  for (const locale of LOCALES)
    it(`no page scrolls sideways and axe finds nothing, in ${locale}`, () => pass(locale), 300_000);
});
