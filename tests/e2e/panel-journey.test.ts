import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { planDemoCalls } from '@/db/seed/demo-calls';
import { translator } from '@/i18n/translate';

import { type AxeAudit, formatViolations } from './support/axe';
import { openWatchedPage } from './support/browser';
import { linkIn, waitForMail } from './support/mail';
import { signIn } from './support/sign-in';
import { startJourney, stopJourney } from './support/journey';
import type { TE2eSystem } from './support/system';

// The panel journey (issue 11, "Done when"), in a real Chromium against the real system: the
// PIFI program officer opens Panels from the staff page and builds a PIFI panel — a bad number
// of reviews first, which gets the field's error in English and keeps what she typed — then
// invites a new reviewer by email. The reviewer opens the link from the real email (pg-boss →
// SMTP), makes an account there and ends signed in, in the reviewer workspace with the new
// panel listed; the officer's page shows the reviewer joined. Then the same building and inviting with JavaScript off. axe-core finds no violation
// on any page. Expected texts come from the message catalogs.

const en = translator('en');
const OFFICER = 'program@demo.jiangxue.test';
// The demo is created on 2 December 2026 and the server's clock stays there: PIFI's open call
// is the next intake year's.
const SEEDED_AT = new Date('2026-12-02T02:00:00Z');
const { intakeYear } = planDemoCalls('2026-12-02');
const CALL_TITLE = `${en('program.pifi.name')} ${intakeYear}`;
const BAD_REVIEWS = '11';

let system: TE2eSystem;
let browser: Browser;
let audit: AxeAudit;

beforeAll(async () => {
  ({ system, browser, audit } = await startJourney(SEEDED_AT));
});

afterAll(async () => {
  await stopJourney({ system, browser, audit });
});

async function axe(page: Page, label: string, javaScriptOff = false): Promise<void> {
  const violations = await audit.check(page, label, { javaScriptOff });
  expect(violations, formatViolations(`${label} ${page.url()}`, violations)).toEqual([]);
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const main = (page: Page) => page.getByRole('main');
const textbox = (page: Page, name: string) =>
  main(page).getByRole('textbox', { name, exact: true });
const button = (page: Page, name: string) => main(page).getByRole('button', { name, exact: true });

/** The error summary's links and the field's own error, as the other journeys check them. */
async function expectFieldError(page: Page, id: string, message: string): Promise<void> {
  const links: [string, string | null][] = [];
  for (const link of await page.getByRole('alert').getByRole('link').all())
    links.push([(await link.innerText()).trim(), await link.getAttribute('href')]);
  expect(links).toEqual([[message, `#${id}`]]);
  const input = page.locator(`[id="${id}"]`);
  expect(await input.getAttribute('aria-invalid')).toBe('true');
  expect(await input.getAttribute('aria-describedby')).toContain(`${id}-error`);
  expect((await page.locator(`[id="${id}-error"]`).innerText()).trim()).toBe(message);
}

/** The members table's row of one address: [name and address, role, …, status, actions]. */
async function memberRow(page: Page, email: string): Promise<string[]> {
  const row = main(page)
    .getByRole('table', { name: en('panels.members_heading'), exact: true })
    .getByRole('row')
    .filter({ hasText: email });
  expect(await row.count(), email).toBe(1);
  return (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim());
}

/**
 * From the staff page to a saved PIFI panel: Panels, the PIFI call's "New panel", a bad
 * number of reviews (the field's error, the name kept), then a good one. Returns the panel's
 * page URL.
 */
async function buildPifiPanel(page: Page, name: string, javaScriptOff = false): Promise<string> {
  const { baseUrl } = system;
  await page
    .getByRole('banner')
    .getByRole('navigation')
    .getByRole('link', { name: en('nav.staff'), exact: true })
    .click();
  await h1(page, en('staff.title')).waitFor();
  await axe(page, 'staff page', javaScriptOff);
  await main(page)
    .getByRole('link', { name: en('panels.title'), exact: true })
    .click();
  await h1(page, en('panels.title')).waitFor();
  expect(new URL(page.url()).pathname).toBe('/staff/panels');
  await axe(page, 'panels', javaScriptOff);

  const pifi = main(page).getByRole('region', { name: CALL_TITLE, exact: true });
  await pifi.getByRole('link', { name: en('panels.new_link') }).click();
  const title = en('panels.new_title', { program: en('program.pifi.name'), year: intakeYear });
  await h1(page, title).waitFor();
  await axe(page, 'new panel form', javaScriptOff);

  await textbox(page, en('panels.field_name')).fill(name);
  await textbox(page, en('panels.field_required_reviews')).fill(BAD_REVIEWS);
  await button(page, en('panels.save')).click();
  await page
    .getByRole('alert')
    .getByRole('heading', { name: en('form.error_summary_title') })
    .waitFor();
  expect(await page.title()).toContain(en('form.error_prefix'));
  await expectFieldError(page, 'requiredReviews', en('panels.errors.reviews_invalid'));
  expect(await textbox(page, en('panels.field_name')).inputValue()).toBe(name);
  expect(await textbox(page, en('panels.field_required_reviews')).inputValue()).toBe(BAD_REVIEWS);
  await axe(page, 'new panel form, with an error', javaScriptOff);

  await textbox(page, en('panels.field_required_reviews')).fill('2');
  await button(page, en('panels.save')).click();
  await main(page)
    .getByRole('status')
    .getByText(en('panels.done_saved'), { exact: true })
    .waitFor();
  await h1(page, name).waitFor();
  const url = new URL(page.url());
  expect(url.pathname).toMatch(/^\/staff\/panels\/[0-9a-f-]{36}$/);
  await axe(page, 'panel page', javaScriptOff);
  return `${baseUrl}${url.pathname}`;
}

/** Invites a reviewer from the panel page; back on it, told so, the address listed as invited. */
async function invite(
  page: Page,
  who: { name: string; email: string; institution: string },
  javaScriptOff = false,
): Promise<void> {
  await textbox(page, en('panels.member_name')).fill(who.name);
  await textbox(page, en('panels.member_email')).fill(who.email);
  await textbox(page, en('panels.member_institution')).fill(who.institution);
  await textbox(page, en('panels.member_disciplines')).fill('Ecology, Environmental Science');
  await textbox(page, en('panels.member_capacity')).fill('4');
  await button(page, en('panels.invite')).click();
  await main(page)
    .getByRole('status')
    .getByText(en('panels.done_invited'), { exact: true })
    .waitFor();
  const cells = await memberRow(page, who.email);
  expect(cells.slice(1, 3)).toEqual([en('panels.role_reviewer'), who.institution]);
  expect(cells[5]).toBe(en('panels.status_invited'));
  await axe(page, 'panel page, reviewer invited', javaScriptOff);
}

describe('panel journey in Chromium (issue 11)', () => {
  it('the PIFI program officer builds a panel (a bad value first) and invites a reviewer, who joins from the email; no axe violation', async () => {
    const { baseUrl, peer } = system;
    const name = `PIFI ${intakeYear} energy panel`;
    const reviewer = {
      name: 'Dr. Ana Lima',
      email: 'ana.lima@ufrj.example',
      institution: 'Federal University of Rio de Janeiro',
    };
    const officer = await openWatchedPage(browser, baseUrl, { locale: 'en-GB' });
    const guest = await openWatchedPage(browser, baseUrl, { locale: 'en-GB' });
    try {
      const { page } = officer;
      await signIn(page, baseUrl, OFFICER);
      const panelUrl = await buildPifiPanel(page, name);
      await invite(page, reviewer);

      // The invitation arrives by real SMTP, in English, with a personal link.
      const mail = await waitForMail(
        peer,
        reviewer.email,
        en('email.panel_invitation.subject', { panel: name }),
      );
      expect(mail.text).toContain(reviewer.name);
      const link = linkIn(mail, `${baseUrl}/review/invitations/`);

      // The reviewer opens it in a browser signed in as no one: name kept from the invitation,
      // a password chosen, and the account is made and signed in.
      const r = guest.page;
      await r.goto(link);
      await h1(r, en('panels.join_title', { panel: name })).waitFor();
      expect(await main(r).getByText(reviewer.email).count()).toBeGreaterThan(0);
      expect(await textbox(r, en('panels.join_display_name')).inputValue()).toBe(reviewer.name);
      await axe(r, 'invitation: create an account');
      await main(r)
        .getByLabel(en('panels.join_password'), { exact: true })
        .fill('a long reviewer passphrase');
      await button(r, en('panels.join_create')).click();
      // Joined, the reviewer lands in the workspace, the new panel listed (declare first).
      await h1(r, en('reviewing.my_panels.title')).waitFor();
      expect(new URL(r.url()).pathname).toBe('/review');
      await main(r).getByRole('link', { name, exact: true }).waitFor();
      // Signed in: the header offers the account, not the sign-in link.
      const header = r.getByRole('banner').getByRole('navigation');
      await header.getByRole('link', { name: en('nav.account'), exact: true }).waitFor();
      expect(await header.getByRole('link', { name: en('nav.sign_in'), exact: true }).count()).toBe(
        0,
      );
      await axe(r, 'after joining');

      // The officer's panel page shows the reviewer joined.
      await page.goto(panelUrl);
      await h1(page, name).waitFor();
      expect((await memberRow(page, reviewer.email))[5]).toBe(en('panels.status_accepted'));
      await axe(page, 'panel page, reviewer joined');

      // The link was for one use: opened again it says so.
      await r.goto(link);
      await h1(r, en('panels.link_used_title')).waitFor();
      await axe(r, 'invitation already used');

      // Nothing went wrong on the way: the officer's 400 is the bad value's, the reviewer's
      // 410 the used link's.
      expect(officer.problems()).toEqual([`HTTP 400: POST ${baseUrl}/staff/panels`]);
      expect(guest.problems()).toEqual([`HTTP 410: GET ${link}`]);
    } finally {
      await officer.context.close();
      await guest.context.close();
    }
  });

  it('with JavaScript off, the same panel is built (the error beside the field first) and a reviewer invited', async () => {
    const { baseUrl, peer } = system;
    const name = `PIFI ${intakeYear} health panel`;
    const reviewer = {
      name: 'Prof. Kwame Boateng',
      email: 'kwame.boateng@knust.example',
      institution: 'Kwame Nkrumah University of Science and Technology',
    };
    const officer = await openWatchedPage(browser, baseUrl, {
      locale: 'en-GB',
      javaScriptEnabled: false,
    });
    try {
      const { page } = officer;
      await signIn(page, baseUrl, OFFICER);
      await buildPifiPanel(page, name, true);
      await invite(page, reviewer, true);
      const mail = await waitForMail(
        peer,
        reviewer.email,
        en('email.panel_invitation.subject', { panel: name }),
      );
      expect(linkIn(mail, `${baseUrl}/review/invitations/`)).toMatch(/[A-Za-z0-9_-]{43}$/);
      expect(officer.problems()).toEqual([`HTTP 400: POST ${baseUrl}/staff/panels`]);
    } finally {
      await officer.context.close();
    }
  });
});
