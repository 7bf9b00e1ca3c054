import { eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { panels } from '@/db/schema';
import { translator } from '@/i18n/translate';

import { type AxeAudit, formatViolations } from './support/axe';
import { openWatchedPage } from './support/browser';
import { linkIn, recipientsOf } from './support/mail';
import { signIn } from './support/sign-in';
import { startJourney, stopJourney } from './support/journey';
import type { TE2eSystem } from './support/system';

// The interview journey, in a real Chromium against the real system and its demo: the PIFI
// program officer closes the demo's under-covered application with the reviews it has
// (R-REV-SCORE), shortlists it from the ranking, adds a slot in Beijing time and invites the
// shortlisted; the applicant opens the link from the real email, picks her own time zone,
// sees the slot in Beijing time and in Warsaw time, books it, and receives the confirmation
// with its calendar file. axe-core finds no violation on any page; booking works without
// JavaScript as well (the zone form and the booking form are plain forms).

const en = translator('en');
const OFFICER = 'program@demo.jiangxue.test';
// The demo fellow whose application has two reviews (its third reviewer is conflicted).
const FELLOW_EMAIL = 'tomasz.kowalski@uj.example';
const FELLOW = 'KOWALSKI';
const SEEDED_AT = new Date('2026-12-02T02:00:00Z');
// 9 December 2026, 15:00 Beijing time = 07:00 UTC = 08:00 in Warsaw (CET, UTC+1).
const SLOT_DAY = '2026-12-09';
const SLOT_TIME = '15:00';

let system: TE2eSystem;
let browser: Browser;
let audit: AxeAudit;
let panelId: string;

beforeAll(async () => {
  ({ system, browser, audit } = await startJourney(SEEDED_AT));
  const [panel] = await system.database.db
    .select()
    .from(panels)
    .where(eq(panels.hasInterviews, true));
  panelId = panel!.id;
});

afterAll(async () => {
  await stopJourney({ system, browser, audit });
});

async function axe(page: Page, label: string): Promise<void> {
  const violations = await audit.check(page, label);
  expect(violations, formatViolations(`${label} ${page.url()}`, violations)).toEqual([]);
}

const main = (page: Page) => page.getByRole('main');

/** The first email to the fellow whose subject starts so (the rest names the program or time). */
async function mailStarting(prefix: string): Promise<ParsedMail> {
  const find = () =>
    system.peer.received.find(
      (m) => m.subject?.startsWith(prefix) && recipientsOf(m).includes(FELLOW_EMAIL),
    );
  await expect.poll(() => find() !== undefined, { timeout: 90_000 }).toBe(true);
  return find()!;
}

describe('an interview', () => {
  it('is shortlisted and offered by the officer, and booked by the applicant in her own time zone', async () => {
    const officer = await openWatchedPage(browser, system.baseUrl);
    const op = officer.page;
    await signIn(op, system.baseUrl, OFFICER);
    await op.goto(`${system.baseUrl}/staff/panels/${panelId}/ranking?lang=en`);
    await axe(op, 'ranking');

    // R-REV-SCORE: the officer closes the under-covered application with the reviews it has.
    const incomplete = main(op)
      .getByRole('listitem')
      .filter({ hasText: new RegExp(FELLOW, 'i') });
    await incomplete
      .getByLabel(en('ranking.close_reason'), { exact: true })
      .fill('Its third reviewer is conflicted; two reviews agree.');
    await incomplete.getByRole('button', { name: en('ranking.close_submit'), exact: true }).click();
    await main(op).getByText(en('ranking.closed'), { exact: true }).waitFor();

    // Shortlist it, then open the panel's interviews.
    await main(op)
      .getByRole('button', { name: new RegExp(`^${en('interviews.shortlist')} .*${FELLOW}`, 'i') })
      .click();
    await main(op)
      .getByRole('link', { name: en('interviews.link_interviews'), exact: true })
      .click();
    await main(op)
      .getByRole('heading', { name: en('interviews.new_slot_heading') })
      .waitFor();
    await axe(op, 'interviews');
    await op.getByLabel(en('interviews.slot_date'), { exact: true }).fill(SLOT_DAY);
    await op.getByLabel(en('interviews.slot_time'), { exact: true }).fill(SLOT_TIME);
    await op.getByLabel(en('interviews.slot_duration'), { exact: true }).fill('30');
    await op
      .getByLabel(en('interviews.slot_location'), { exact: true })
      .fill('https://meet.example/pifi');
    await main(op)
      .getByRole('button', { name: en('interviews.create_slot'), exact: true })
      .click();
    await main(op).getByText(en('interviews.saved_slot_created'), { exact: true }).waitFor();
    await main(op)
      .getByRole('button', { name: en('interviews.invite_submit', { count: 1 }), exact: true })
      .click();
    await main(op)
      .getByText(en('interviews.saved_invited', { count: 1 }), { exact: true })
      .waitFor();
    expect(officer.problems()).toEqual([]);
    await officer.context.close();

    // The applicant, from the real email.
    const invitation = await mailStarting('Interview invitation');
    expect(invitation.attachments.map((a) => a.contentType)).toContain('text/calendar');
    const link = linkIn(invitation, `${system.baseUrl}/interviews/`);
    const applicant = await openWatchedPage(browser, system.baseUrl);
    const ap = applicant.page;
    await ap.goto(`${link}${link.includes('?') ? '&' : '?'}lang=en`);
    await ap
      .getByRole('heading', { level: 1, name: en('interviews.booking_title'), exact: true })
      .waitFor();
    await ap.getByLabel(en('interviews.zone_label'), { exact: true }).selectOption('Europe/Warsaw');
    await main(ap)
      .getByRole('button', { name: en('interviews.zone_submit'), exact: true })
      .click();
    await expect.poll(() => ap.locator('.slot-local').first().innerText()).toContain('08:00');
    expect(await ap.locator('.slot-beijing').first().innerText()).toContain('15:00');
    await axe(ap, 'booking');
    await ap.getByRole('radio').first().check();
    await main(ap)
      .getByRole('button', { name: en('interviews.book_submit'), exact: true })
      .click();
    await main(ap).getByText(en('interviews.booked_notice'), { exact: true }).waitFor();
    await axe(ap, 'booked');
    expect(applicant.problems()).toEqual([]);
    await applicant.context.close();

    // Without JavaScript the zone form is a plain GET form: São Paulo (UTC−3) shows 04:00, and
    // the booked slot is marked as hers.
    const plain = await openWatchedPage(browser, system.baseUrl, { javaScriptEnabled: false });
    await plain.page.goto(`${link}${link.includes('?') ? '&' : '?'}lang=en`);
    await plain.page
      .getByLabel(en('interviews.zone_label'), { exact: true })
      .selectOption('America/Sao_Paulo');
    await main(plain.page)
      .getByRole('button', { name: en('interviews.zone_submit'), exact: true })
      .click();
    await plain.page.waitForURL(/zone=America%2FSao_Paulo/);
    expect(await plain.page.locator('.slot-local').first().innerText()).toContain('04:00');
    expect(await plain.page.locator('.slot-option').first().innerText()).toContain(
      en('interviews.your_slot'),
    );
    expect(plain.problems()).toEqual([]);
    await plain.context.close();

    // The confirmation carries the booked slot as a calendar event, in UTC.
    const confirmed = await mailStarting('Interview booked');
    const ics = confirmed.attachments.find((a) => a.contentType.startsWith('text/calendar'));
    expect(ics?.content.toString('utf8')).toContain('DTSTART:20261209T070000Z');
  });
});
