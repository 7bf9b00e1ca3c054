import { DateTime } from 'luxon';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_INSTITUTIONS } from '@/db/seed/demo-data';
import { BEIJING_ZONE } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import type { TLocale } from '@/i18n/locales';
import { translator } from '@/i18n/translate';

import { type AxeAudit, formatViolations } from './support/axe';
import { htmlLang, openWatchedPage } from './support/browser';
import { signIn } from './support/sign-in';
import { startJourney, stopJourney } from './support/journey';
import type { TE2eSystem } from './support/system';

// The officer journey, in a real Chromium against the real system: the CAS-ANSO
// program officer moves the UCAS call's deadline — first typing an impossible day, which gets
// the field's error in her language and changes nothing — checks the change, gives a reason
// and saves; the public program page and the finder show the new deadline at once; the
// administrator finds the change, with the reason, in the audit log. axe-core finds no
// violation on any of these pages. Expected texts come from the message catalogs.

const en = translator('en');
const zh = translator('zh-CN');
const OFFICER = 'program@demo.jiangxue.test';
const ADMIN = 'admin@demo.jiangxue.test';
// The demo is created on 2 December 2026 and the server's clock stays there: the demo's past
// call is CAS-ANSO's 2026 at UCAS and USTC (R-ANSO-CALL, closed 31 January 2026), the one this
// journey reopens.
const SEEDED_AT = new Date('2026-12-02T02:00:00Z');
const CALL_ID = 'cas-anso-2026-ucas';
const OLD_DEADLINE = '2026-01-31';
const MALFORMED = '2026-02-30';
const REASON = 'UCAS extended its 2026 deadline (host notice of this week)';
const UCAS = DEMO_INSTITUTIONS.find((i) => i.id === 'UCAS')!;
const USTC = DEMO_INSTITUTIONS.find((i) => i.id === 'USTC')!;
// A finder question that names UCAS, whose answer says whether its CAS-ANSO call is open.
const FINDER_QUERY = new URLSearchParams({
  level: 'master',
  birthDate: '1999-03-14',
  nationality: 'PK',
  highestQualification: 'bachelor',
  intakeYear: '2026',
  host: 'UCAS',
  lang: 'en',
});

let system: TE2eSystem;
let browser: Browser;
let audit: AxeAudit;

beforeAll(async () => {
  ({ system, browser, audit } = await startJourney(SEEDED_AT));
});

afterAll(async () => {
  await stopJourney({ system, browser, audit });
});

async function axe(page: Page, label: string): Promise<void> {
  const violations = await audit.check(page, label);
  expect(violations, formatViolations(`${label} ${page.url()}`, violations)).toEqual([]);
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const nav = (page: Page) => page.getByRole('banner').getByRole('navigation');
const main = (page: Page) => page.getByRole('main');

/** The error summary's links and the field's own error, as the account journey checks them. */
async function expectFieldError(page: Page, id: string, message: string): Promise<void> {
  const summary = page.getByRole('alert');
  const links: [string, string | null][] = [];
  for (const link of await summary.getByRole('link').all())
    links.push([(await link.innerText()).trim(), await link.getAttribute('href')]);
  expect(links).toEqual([[message, `#${id}`]]);
  const input = page.locator(`[id="${id}"]`);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.getAttribute('aria-describedby')).toContain(`${id}-error`);
  expect((await page.locator(`[id="${id}-error"]`).innerText()).trim()).toBe(message);
}

/** "31 Jan 2026, 24:00 Beijing time (UTC+8)": a deadline day closes at 24:00 Beijing time. */
function deadlineText(day: string): string {
  return `${DateTime.fromISO(day).setLocale('en-GB').toFormat('d LLL yyyy')}, 24:00 Beijing time (UTC+8)`;
}

/** The deadline shown on the public CAS-ANSO page for one host's 2026 call: [text, instant]. */
async function publicDeadline(page: Page, hostName: string): Promise<[string, string | null]> {
  const call = main(page).getByRole('region', {
    name: `${en('catalog.call_heading', { year: 2026 })} · ${hostName}`,
    exact: true,
  });
  const time = call.locator('time[data-countdown]');
  return [(await time.innerText()).trim(), await time.getAttribute('datetime')];
}

/** What the finder says of the UCAS CAS-ANSO master's call: open now or not. */
async function finderCallLine(page: Page): Promise<string> {
  await page.goto(`${system.baseUrl}/finder?${FINDER_QUERY}`);
  const program = getProgram('cas-anso');
  const track = main(page)
    .getByRole('region', { name: en('finder.results_title'), exact: true })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', {
        level: 3,
        name: `${program.shortName.en} · ${program.tracks.find((t) => t.id === 'master')!.name.en}`,
        exact: true,
      }),
    });
  return (await track.locator('p').first().innerText()).trim();
}

describe('officer journey in Chromium (issue 5)', () => {
  it('a program officer moves a deadline (a malformed date first, in Chinese): checked, explained, saved; the catalog and the finder show it; the audit log has it; no axe violation', async () => {
    const { baseUrl } = system;
    // A deadline 45 days ahead of the server's clock (Beijing date), so the finder's answer
    // changes from closed to open.
    const newDeadline = DateTime.fromJSDate(SEEDED_AT)
      .setZone(BEIJING_ZONE)
      .plus({ days: 45 })
      .toISODate()!;
    const officer = await openWatchedPage(browser, baseUrl, { locale: 'en-GB' });
    const visitor = await openWatchedPage(browser, baseUrl, { locale: 'en-GB' });
    const admin = await openWatchedPage(browser, baseUrl, { locale: 'en-GB' });
    try {
      // 0. Before: the public page and the finder show the demo's deadline, closed.
      await visitor.page.goto(`${baseUrl}/programs/cas-anso?lang=en`);
      expect(await publicDeadline(visitor.page, UCAS.nameEn)).toEqual([
        deadlineText(OLD_DEADLINE),
        `${OLD_DEADLINE}T16:00:00.000Z`,
      ]);
      expect(await finderCallLine(visitor.page)).toContain(en('finder.call_closed'));

      // 1. The officer signs in and opens the calls she administers.
      const { page } = officer;
      await signIn(page, baseUrl, OFFICER);
      await nav(page)
        .getByRole('link', { name: en('nav.calls'), exact: true })
        .click();
      await h1(page, en('calls.title')).waitFor();
      const row = main(page)
        .getByRole('row')
        .filter({ has: page.getByRole('cell', { name: 'UCAS', exact: true }) })
        .filter({ has: page.getByRole('cell', { name: '2026', exact: true }) });
      expect(await row.count()).toBe(1);
      expect(await row.getByRole('cell').nth(3).innerText()).toBe(`2025-10-15 → ${OLD_DEADLINE}`);
      await axe(page, 'call list');

      // 2. The UCAS CAS-ANSO call's form.
      await row.getByRole('link', { name: en('program.cas-anso.name'), exact: true }).click();
      const title = (locale: TLocale) =>
        translator(locale)('call_form.title', {
          program:
            locale === 'zh-CN' ? getProgram('cas-anso').name.zh : getProgram('cas-anso').name.en,
          year: 2026,
        });
      await h1(page, title('en')).waitFor();
      expect(new URL(page.url()).pathname).toBe(`/staff/calls/${CALL_ID}`);
      const deadline = (locale: TLocale) =>
        page.getByLabel(translator(locale)('call_form.closes_on'), { exact: true });
      expect(await deadline('en').inputValue()).toBe(OLD_DEADLINE);
      await axe(page, 'call form');

      // 3. In Chinese (the switch keeps the page), an impossible day: the field's error, in
      // Chinese, what she typed kept; then back in English the saved deadline is unchanged.
      await nav(page)
        .getByRole('link', { name: en('layout.switch_language'), exact: true })
        .click();
      await h1(page, title('zh-CN')).waitFor();
      expect(await htmlLang(page)).toBe('zh-CN');
      expect(new URL(page.url()).pathname).toBe(`/staff/calls/${CALL_ID}`);
      await deadline('zh-CN').fill(MALFORMED);
      await main(page)
        .getByRole('button', { name: zh('call_form.continue'), exact: true })
        .click();
      await page
        .getByRole('alert')
        .getByRole('heading', { name: zh('form.error_summary_title') })
        .waitFor();
      expect(await page.title()).toContain(zh('form.error_prefix'));
      await expectFieldError(page, 'closesOn', zh('errors.date_invalid'));
      expect(await deadline('zh-CN').inputValue()).toBe(MALFORMED);
      await axe(page, 'call form, with an error (Chinese)');
      await nav(page)
        .getByRole('link', { name: zh('layout.switch_language'), exact: true })
        .click();
      await h1(page, title('en')).waitFor();
      expect(await htmlLang(page)).toBe('en');
      expect(await deadline('en').inputValue()).toBe(OLD_DEADLINE);

      // 4. The new deadline, then "Check your changes": exactly that one change.
      await deadline('en').fill(newDeadline);
      await main(page)
        .getByRole('button', { name: en('call_form.continue'), exact: true })
        .click();
      await h1(page, en('call_check.title')).waitFor();
      const changes: string[][] = [];
      for (const tr of await main(page).locator('tbody tr').all())
        changes.push((await tr.locator('th, td').allInnerTexts()).map((cell) => cell.trim()));
      expect(changes).toEqual([[en('call_form.closes_on'), OLD_DEADLINE, newDeadline]]);
      await axe(page, 'check your changes');

      // 5. Why, then save: back on the form, told it is saved, showing the new deadline.
      await page.getByLabel(en('call_check.reason'), { exact: true }).fill(REASON);
      await main(page)
        .getByRole('button', { name: en('call_check.save'), exact: true })
        .click();
      await main(page)
        .getByRole('status')
        .getByText(en('call_form.saved'), { exact: true })
        .waitFor();
      await h1(page, title('en')).waitFor();
      expect(await deadline('en').inputValue()).toBe(newDeadline);

      // 6. At once, the public program page shows the new deadline in Beijing time, closing at
      // 24:00 (the USTC call keeps its own), and the finder says the UCAS call is open.
      await visitor.page.goto(`${baseUrl}/programs/cas-anso?lang=en`);
      expect(await publicDeadline(visitor.page, UCAS.nameEn)).toEqual([
        deadlineText(newDeadline),
        `${newDeadline}T16:00:00.000Z`,
      ]);
      expect(await publicDeadline(visitor.page, USTC.nameEn)).toEqual([
        deadlineText(OLD_DEADLINE),
        `${OLD_DEADLINE}T16:00:00.000Z`,
      ]);
      expect(await finderCallLine(visitor.page)).toContain(en('finder.call_open'));

      // 7. The administrator finds the change in the audit log: who, before, after, why.
      await signIn(admin.page, baseUrl, ADMIN);
      await nav(admin.page)
        .getByRole('link', { name: en('nav.audit'), exact: true })
        .click();
      await h1(admin.page, en('audit.title')).waitFor();
      await admin.page.getByLabel(en('audit.filter_action'), { exact: true }).fill('call.updated');
      await main(admin.page)
        .getByRole('button', { name: en('audit.filter_submit'), exact: true })
        .click();
      await admin.page.waitForURL((url) => url.searchParams.get('action') === 'call.updated');
      const entries = main(admin.page).locator('tbody tr');
      expect(await entries.count()).toBe(1);
      const cells = (await entries.first().locator('td').allInnerTexts()).map((c) => c.trim());
      const [, who, what, entity, before, after, why] = cells;
      expect(who).toBe('program@demo.jiangxue.test (user)');
      expect(what).toBe('call.updated');
      expect(entity).toContain(CALL_ID);
      expect(before).toContain(`"closesOn":"${OLD_DEADLINE}"`);
      expect(after).toContain(`"closesOn":"${newDeadline}"`);
      expect(why).toBe(REASON);
      await axe(admin.page, 'audit log');

      // Nothing went wrong on the way; the only error status is the 400 of the malformed date.
      expect(officer.problems()).toEqual([`HTTP 400: POST ${baseUrl}/staff/calls/${CALL_ID}`]);
      expect(visitor.problems()).toEqual([]);
      expect(admin.problems()).toEqual([]);
    } finally {
      await officer.context.close();
      await visitor.context.close();
      await admin.context.close();
    }
  });
});
