import { createHash } from 'node:crypto';

import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  applicantProfiles,
  auditLog,
  calls,
  interviewSlots,
  interviews,
  outboxEmails,
  panelApplications,
  roleAssignments,
  users,
} from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { submitReview } from '@/services/ranking/ranking.fixture';
import {
  addMember,
  addPanelApplication,
  createPanel,
  declareConflict,
} from '@/services/review/panel.fixture';
import { createApplicant, createApplication } from '@/test-support/applicants.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { TestClock } from '@/test-support/test-deps';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

let database: TTestDatabase;
let t: TTestApp;
const now = new Date('2026-03-10T02:00:00Z'); // 10:00 Beijing time
const clock = new TestClock(now);
const app: Record<string, string> = {};
const token: Record<string, string> = {};
const slot: Record<string, string> = {};
let panelId = '';
let plainPanelId = '';

// PIFI's four criteria, 1–10 (R-PIFI-REVIEW): 8 everywhere scores 100·7/9 = 77.78.
const eights = {
  academic_excellence: 8,
  research_proposal: 8,
  cas_relevance: 8,
  collaboration_potential: 8,
};

async function userId(email: string) {
  const [row] = await database.db.select().from(users).where(eq(users.email, email));
  return row!.id;
}

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true, clock });
  const db = database.db;
  const [call] = await db.select().from(calls).where(eq(calls.programId, 'pifi'));
  const panel = await createPanel(db, now, {
    callId: call!.id,
    track: 'fellow',
    name: 'PIFI fellows',
    hasInterviews: true,
  });
  panelId = panel.id;
  plainPanelId = (
    await createPanel(db, now, { callId: call!.id, track: 'fellow', name: 'No interviews' })
  ).id;
  const reviewers = await Promise.all(
    ['r1', 'r2', 'r3'].map((r) =>
      addMember(db, now, panelId, { email: `${r}@uni.edu`, institution: `Uni ${r}` }),
    ),
  );
  const chair = await addMember(db, now, panelId, {
    email: 'chair@demo.jiangxue.test',
    institution: 'Chair Institute',
    role: 'chair',
    userId: await userId('chair@demo.jiangxue.test'),
  });
  const people = {
    Amina: { locale: 'en', nationality: 'KE' },
    Li: { locale: 'zh-CN', nationality: 'BR' },
    Carlos: { locale: 'en', nationality: 'MX' },
    Hidden: { locale: 'en', nationality: 'PK' },
  };
  for (const [name, who] of Object.entries(people)) {
    const { userId: applicant } = await createApplicant(db, now, {
      email: `${name.toLowerCase()}@applicant.test`,
      displayName: `${name} Applicant`,
      locale: who.locale,
    });
    await db.insert(applicantProfiles).values({
      userId: applicant,
      familyName: name,
      givenNames: 'Test',
      nationality: who.nationality,
      passportNumber: `P${name}`,
      passportCountry: who.nationality,
      birthOn: '1990-01-01',
      identityKey: `key-${name}`,
      createdAt: now,
      updatedAt: now,
    });
    const a = await createApplication(db, now, {
      userId: applicant,
      callId: call!.id,
      programId: 'pifi',
      track: 'fellow',
      status: 'under_review',
      submittedAt: now,
    });
    app[name] = a.id;
    await addPanelApplication(db, now, panelId, a.id);
    await addPanelApplication(db, now, plainPanelId, a.id);
    for (const r of reviewers) await submitReview(db, now, panelId, a.id, r.id, eights);
  }
  await declareConflict(db, now, chair.id, app.Hidden!);
});
afterAll(async () => {
  await t.app.close();
  await database.drop();
});

const signedIn = async (email: string) => {
  const b = new Browser(t.app);
  await b.signIn(email, DEMO_PASSWORD);
  return b;
};
const ranking = (id = panelId) => `/staff/panels/${id}/ranking`;
const page = () => `/staff/panels/${panelId}/interviews`;
const audits = (action: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.action, action));
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The ICS text's properties per VEVENT, lines unfolded (RFC 5545 §3.1). */
function icsEvents(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const [key, ...rest] = line.split(':');
      current[key!.split(';')[0]!] = rest.join(':');
    }
  }
  return events;
}

describe('shortlist from the ranking (issue 11 point 7)', () => {
  it('R-REV-RANK: only an interview panel has the Shortlist column; shortlisting is audited', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const plain = await (await signedIn('admin@demo.jiangxue.test')).get(ranking(plainPanelId));
    expect(plain.statusCode).toBe(200);
    expect(plain.body).not.toContain('Shortlist');
    const before = await chair.get(ranking());
    expect(before.body).toContain('<th scope="col">Shortlist</th>');
    expect(before.body).toContain(`href="${page()}"`);
    for (const name of ['Amina', 'Li', 'Carlos']) {
      const res = await chair.post(
        `${ranking()}/${app[name]}/shortlist`,
        { shortlist: 'yes' },
        { csrfFrom: ranking() },
      );
      expect(res.statusCode).toBe(303);
    }
    const [row] = await database.db
      .select()
      .from(panelApplications)
      .where(
        and(
          eq(panelApplications.panelId, panelId),
          eq(panelApplications.applicationId, app.Amina!),
        ),
      );
    expect(row?.shortlistedAt).toEqual(now);
    expect(await audits('interview.shortlisted')).toHaveLength(3);
    const after = await chair.get(ranking());
    expect(after.body).toContain('Remove from the shortlist');
  });

  it('R-REV-RANK: a panel without interviews refuses a shortlist (404), and so does the chair’s conflict (R-GEN-COI)', async () => {
    const admin = await signedIn('admin@demo.jiangxue.test');
    const plain = await admin.post(
      `${ranking(plainPanelId)}/${app.Amina}/shortlist`,
      { shortlist: 'yes' },
      { csrfFrom: '/account' },
    );
    expect(plain.statusCode).toBe(404);
    expect((await admin.get(`/staff/panels/${plainPanelId}/interviews`)).statusCode).toBe(404);
    const chair = await signedIn('chair@demo.jiangxue.test');
    const hidden = await chair.post(
      `${ranking()}/${app.Hidden}/shortlist`,
      { shortlist: 'yes' },
      { csrfFrom: ranking() },
    );
    expect(hidden.statusCode).toBe(404);
    // A CAS-ANSO program officer (the demo's holds PIFI too, demo-review.ts): this panel does
    // not exist for them.
    const { userId } = await createApplicant(database.db, now, { email: 'anso.po@example.org' });
    await database.db.insert(roleAssignments).values({
      userId,
      role: 'program_officer',
      programId: 'cas-anso',
      institutionId: null,
      createdAt: now,
    });
    const po = await signedIn('anso.po@example.org');
    expect((await po.get(page())).statusCode).toBe(404);
  });
});

describe('interview slots', () => {
  it('refuses a bad slot with each error beside its field, the values kept', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const res = await chair.post(
      `${page()}/slots`,
      {
        'slot-date': '2026-02-30',
        'slot-time': '25:00',
        'slot-duration': '5',
        'slot-location': '',
      },
      { csrfFrom: page() },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the date as YYYY-MM-DD');
    expect(res.body).toContain('Enter the start time as HH:MM');
    expect(res.body).toContain('from 10 to 240');
    expect(res.body).toContain('Enter the room or the video link');
    expect(res.body).toContain('value="2026-02-30"');
    expect(res.body).toContain('value="25:00"');
    expect(res.body).toMatch(/id="slot-date-error"/);
    const past = await chair.post(
      `${page()}/slots`,
      {
        'slot-date': '2026-03-10',
        'slot-time': '09:00',
        'slot-duration': '30',
        'slot-location': 'Room 101',
      },
      { csrfFrom: page() },
    );
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('Choose a date and time in the future (Beijing time).');
    expect(past.body).toContain('value="Room 101"');
    expect(await database.db.select().from(interviewSlots)).toHaveLength(0);
  });

  it('speaks Chinese to a Chinese-speaking chair', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const zh = await chair.get(`${page()}?lang=zh-CN`);
    expect(zh.body).toContain('<html lang="zh-CN"');
    expect(zh.body).toContain('面试时段');
    const res = await chair.post(
      `${page()}/slots`,
      {
        'slot-date': '2026-03-12',
        'slot-time': '7pm',
        'slot-duration': '30',
        'slot-location': 'Room 101',
      },
      { csrfFrom: page() },
    );
    expect(res.body).toContain('请按24小时制HH:MM输入开始时间');
    await chair.get(`${page()}?lang=en`);
  });

  it('keeps a Beijing-time slot as UTC, lists it, audited', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const typed = [
      ['a', '2026-03-12', '14:00', 'Room 101'],
      ['b', '2026-03-12', '15:00', 'Room 102'],
      ['c', '2026-03-13', '10:00', 'https://meet.example.org/pifi'],
    ] as const;
    for (const [, date, time, location] of typed) {
      const res = await chair.post(
        `${page()}/slots`,
        { 'slot-date': date, 'slot-time': time, 'slot-duration': '30', 'slot-location': location },
        { csrfFrom: page() },
      );
      expect(res.statusCode).toBe(303);
    }
    const rows = await database.db.select().from(interviewSlots).orderBy(interviewSlots.startsAt);
    expect(rows.map((r) => r.startsAt.toISOString())).toEqual([
      '2026-03-12T06:00:00.000Z',
      '2026-03-12T07:00:00.000Z',
      '2026-03-13T02:00:00.000Z',
    ]);
    rows.forEach((r, i) => (slot[typed[i]![0]] = r.id));
    expect(await audits('interview.slot_created')).toHaveLength(3);
    const list = await chair.get(page());
    expect(list.body).toContain('12 Mar 2026, 14:00 Beijing time (UTC+8) – 14:30');
  });
});

describe('invitations', () => {
  it('emails each shortlisted applicant in their language: the personal link, the free slots and an .ics', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const res = await chair.post(`${page()}/invitations`, {}, { csrfFrom: page() });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toContain('saved=invited&count=3');
    const mails = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.template, 'interview_invitation'));
    expect(mails).toHaveLength(3);
    const amina = mails.find((m) => m.toAddress === 'amina@applicant.test')!;
    const li = mails.find((m) => m.toAddress === 'li@applicant.test')!;
    expect(amina.subject).toBe(
      "Interview invitation: CAS President's International Fellowship Initiative",
    );
    expect(amina.textBody).toContain(
      '12 Mar 2026, 14:00 Beijing time (UTC+8) – 14:30 (30 min), Room 101',
    );
    // Amina is Kenyan: her own time is Nairobi's.
    expect(amina.textBody).toContain('your time: 12 Mar 2026, 09:00 (Africa/Nairobi, UTC+3)');
    expect(li.locale).toBe('zh-CN');
    expect(li.subject).toBe('面试邀请：中国科学院国际人才计划');
    expect(li.textBody).toContain('2026年3月12日 14:00（北京时间，UTC+8）');
    expect(li.textBody).toContain('您的时间：2026年3月12日 03:00（America/Sao_Paulo，UTC-3）');
    for (const [name, mail] of [
      ['Amina', amina],
      ['Li', li],
      ['Carlos', mails.find((m) => m.toAddress === 'carlos@applicant.test')!],
    ] as const) {
      const link = /http:\/\/localhost:3000\/interviews\/([A-Za-z0-9_-]{43})/.exec(mail.textBody);
      expect(link, name).not.toBeNull();
      token[name] = link![1]!;
      const [row] = await database.db
        .select()
        .from(interviews)
        .where(eq(interviews.applicationId, app[name]!));
      // Only the SHA-256 of the link's token is stored.
      expect(row!.tokenHash).toBe(sha256(token[name]));
      expect(JSON.stringify(row)).not.toContain(token[name]);
    }
    expect(amina.attachments).toHaveLength(1);
    const ics = amina.attachments[0]!;
    expect(ics.filename).toBe('interview-slots.ics');
    expect(ics.contentType).toContain('text/calendar');
    expect(ics.content).toContain('METHOD:PUBLISH');
    const events = icsEvents(ics.content);
    expect(events.map((e) => e.DTSTART)).toEqual([
      '20260312T060000Z',
      '20260312T070000Z',
      '20260313T020000Z',
    ]);
    expect(events.every((e) => e.STATUS === 'TENTATIVE')).toBe(true);
    expect(await audits('interview.invited')).toHaveLength(3);
  });

  it('invites nobody twice', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const again = await chair.post(`${page()}/invitations`, {}, { csrfFrom: page() });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Every shortlisted application has already been invited.');
  });

  it('keeps an invited application on the shortlist (409)', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const res = await chair.post(
      `${ranking()}/${app.Carlos}/shortlist`,
      { shortlist: 'no' },
      { csrfFrom: ranking() },
    );
    expect(res.statusCode).toBe(409);
  });
});

describe('booking from the link', () => {
  const booking = (name: string, query = '') => `/interviews/${token[name]}${query}`;

  it('shows each slot in Beijing time and in the chosen zone (Nairobi, São Paulo), without signing in', async () => {
    const b = new Browser(t.app);
    const nairobi = await b.get(booking('Amina', '?zone=Africa/Nairobi'));
    expect(nairobi.statusCode).toBe(200);
    expect(nairobi.body).toContain('<h1>Book your interview</h1>');
    expect(nairobi.body).toContain('12 Mar 2026, 14:00 Beijing time (UTC+8) – 14:30');
    expect(nairobi.body).toContain('Your time: 12 Mar 2026, 09:00 (Africa/Nairobi, UTC+3) – 09:30');
    const sp = await b.get(booking('Amina', '?zone=America/Sao_Paulo'));
    expect(sp.body).toContain('Your time: 12 Mar 2026, 03:00 (America/Sao_Paulo, UTC-3) – 03:30');
    // The chosen zone is remembered for the next visit.
    const again = await b.get(booking('Amina'));
    expect(again.body).toContain('<option value="America/Sao_Paulo" selected');
    // Structure: one fieldset of radios, each labelled by its slot, and one button.
    expect(sp.body).toMatch(/<fieldset[^>]*><legend>/);
    expect(sp.body.match(/type="radio"[^>]*name="slotId"/g)).toHaveLength(3);
    expect(sp.body).toContain('<label for="slotId">');
    expect(sp.body).toContain('<button type="submit">Book this slot</button>');
    expect(sp.body).toContain('<script src="/assets/interview-zone.js" defer');
  });

  it('guesses the zone from the nationality, and speaks the applicant’s language', async () => {
    const amina = await new Browser(t.app).get(booking('Amina'));
    expect(amina.body).toContain('<option value="Africa/Nairobi" selected');
    expect(amina.body).toContain('data-zone-source="nationality"');
    const li = await new Browser(t.app).get(booking('Li'));
    expect(li.body).toContain('<html lang="zh-CN"');
    expect(li.body).toContain('<h1>预约面试</h1>');
    expect(li.body).toContain('您的时间：2026年3月12日 03:00（America/Sao_Paulo，UTC-3）');
  });

  it('answers 404 for a wrong token', async () => {
    const b = new Browser(t.app);
    const wrong = await b.get(`/interviews/${'A'.repeat(43)}`);
    expect(wrong.statusCode).toBe(404);
    expect(wrong.body).toContain('Interview link not found');
    expect((await b.get('/interviews/short')).statusCode).toBe(404);
    const post = await b.post(
      `/interviews/${'B'.repeat(43)}`,
      { slotId: slot.a! },
      { csrfFrom: booking('Amina') },
    );
    expect(post.statusCode).toBe(404);
  });

  it('books a slot (POST-redirect-GET) and emails a confirmation with the slot’s .ics (METHOD:REQUEST, DTSTART in UTC)', async () => {
    const b = new Browser(t.app);
    const res = await b.post(
      booking('Amina'),
      { slotId: slot.a!, zone: 'Africa/Nairobi' },
      { csrfFrom: booking('Amina') },
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(booking('Amina', '?zone=Africa%2FNairobi&booked=1'));
    const shown = await b.get(res.headers.location as string);
    expect(shown.body).toContain('Your interview is booked.');
    expect(shown.body).toContain('Your booked interview');
    const [row] = await database.db
      .select()
      .from(interviews)
      .where(eq(interviews.applicationId, app.Amina!));
    expect(row!.slotId).toBe(slot.a);
    const [mail] = await database.db
      .select()
      .from(outboxEmails)
      .where(eq(outboxEmails.template, 'interview_confirmation'));
    expect(mail!.toAddress).toBe('amina@applicant.test');
    expect(mail!.textBody).toContain('(your time: 12 Mar 2026, 09:00 (Africa/Nairobi, UTC+3))');
    const ics = mail!.attachments[0]!;
    expect(ics.filename).toBe('interview.ics');
    expect(ics.content).toContain('METHOD:REQUEST');
    const [event] = icsEvents(ics.content);
    expect(event!.DTSTART).toBe('20260312T060000Z');
    expect(event!.DURATION).toBe('PT30M');
    expect(event!.LOCATION).toBe('Room 101');
    expect(event!.STATUS).toBe('CONFIRMED');
    expect(event!.ORGANIZER).toContain('no-reply@jiangxue.local');
    const [audit] = await audits('interview.booked');
    expect(audit!.actorKind).toBe('interview_link');
  });

  it('refuses a slot someone else booked meanwhile, and shows the page again', async () => {
    const li = new Browser(t.app);
    const res = await li.post(
      booking('Li'),
      { slotId: slot.a!, zone: 'America/Sao_Paulo' },
      { csrfFrom: booking('Li') },
    );
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain('抱歉，该时段刚被他人预约。请在下方另选一个。');
    expect(res.body.match(/name="slotId"/g)).toHaveLength(2);
    expect(res.body).not.toContain(`value="${slot.a}"`);
    const none = await li.post(booking('Li'), { slotId: '' }, { csrfFrom: booking('Li') });
    expect(none.statusCode).toBe(409);
    expect(none.body).toContain('请选择一个时段。');
  });

  it('rebooking moves the one booking and frees the old slot for someone else', async () => {
    const amina = new Browser(t.app);
    const moved = await amina.post(
      booking('Amina'),
      { slotId: slot.b! },
      { csrfFrom: booking('Amina') },
    );
    expect(moved.statusCode).toBe(303);
    const li = new Browser(t.app);
    const res = await li.post(booking('Li'), { slotId: slot.a! }, { csrfFrom: booking('Li') });
    expect(res.statusCode).toBe(303);
    const rows = await database.db.select().from(interviews);
    const of = (name: string) => rows.find((r) => r.applicationId === app[name])!.slotId;
    expect([of('Amina'), of('Li'), of('Carlos')]).toEqual([slot.b, slot.a, null]);
    expect(await audits('interview.rebooked')).toHaveLength(1);
    const chair = await signedIn('chair@demo.jiangxue.test');
    const list = await chair.get(page());
    expect(list.body).toContain('<td>Li Applicant</td>');
    expect(list.body).toContain('<td>Amina Applicant</td>');
  });

  it('removes only free slots', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const booked = await chair.post(`${page()}/slots/${slot.a}/remove`, {}, { csrfFrom: page() });
    expect(booked.statusCode).toBe(409);
    const free = await chair.post(`${page()}/slots/${slot.c}/remove`, {}, { csrfFrom: page() });
    expect(free.statusCode).toBe(303);
    expect(await database.db.select().from(interviewSlots)).toHaveLength(2);
    expect(await audits('interview.slot_removed')).toHaveLength(1);
  });
});

describe('interview scores', () => {
  it('refuses a score out of range or for an interview not booked, beside the field', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const field = `score-${app.Amina}`;
    const bad = await chair.post(
      `${page()}/${app.Amina}/score`,
      { [field]: '100.5' },
      { csrfFrom: page() },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Enter a score from 0 to 100 with at most 2 decimals');
    expect(bad.body).toContain('value="100.5"');
    const notBooked = await chair.post(
      `${page()}/${app.Carlos}/score`,
      { [`score-${app.Carlos}`]: '70' },
      { csrfFrom: page() },
    );
    expect(notBooked.statusCode).toBe(400);
  });

  it('R-REV-RANK, R-PIFI-REVIEW: the interview score joins the final as a fifth criterion: (4·basis + interview)/5', async () => {
    const chair = await signedIn('chair@demo.jiangxue.test');
    const res = await chair.post(
      `${page()}/${app.Amina}/score`,
      { [`score-${app.Amina}`]: '90.5' },
      { csrfFrom: page() },
    );
    expect(res.statusCode).toBe(303);
    const [row] = await database.db
      .select()
      .from(interviews)
      .where(eq(interviews.applicationId, app.Amina!));
    expect(row!.scoreCentipoints).toBe(9050);
    const [audit] = await audits('interview.scored');
    expect(audit!.after).toEqual({ scoreCentipoints: 9050 });
    const rank = await chair.get(ranking());
    // basis 100·7/9 = 77.777…; (4·77.777… + 90.50)/5 = 80.3222… → 80.32, ranked first.
    expect(rank.body).toContain('90.50');
    expect(rank.body).toContain('80.32');
    expect(rank.body.indexOf('Amina Applicant')).toBeLessThan(rank.body.indexOf('Li Applicant'));
    // Scored: the booking can no longer change.
    const page2 = await new Browser(t.app).get(`/interviews/${token.Amina}`);
    expect(page2.body).toContain('the booking can no longer be changed');
  });

  it('hides what has passed: a slot that has started is no longer offered (TestClock)', async () => {
    clock.set('2026-03-12T06:30:00Z');
    const carlos = await new Browser(t.app).get(`/interviews/${token.Carlos}`);
    // Only 15:00 Beijing (07:00Z) is left; it is Amina's, so nothing is free for Carlos.
    expect(carlos.body).toContain('No free slot is open at the moment.');
    clock.set(now.toISOString());
  });
});
