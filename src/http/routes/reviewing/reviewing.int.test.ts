import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { auditLog, reviewAssignments, reviews } from '@/db/schema';
import { DEMO_PASSWORD } from '@/db/seed/demo-data';
import { hashPassword } from '@/services/accounts/secrets';
import { pdfToText, SKIP_PDF_TEXT } from '@/services/print/pdf-text.fixture';
import {
  buildReviewWorld,
  CONFLICT_PATHS,
  type TReviewWorld,
} from '@/services/reviewing/reviewing.fixture';
import { Browser, createTestApp, type TTestApp } from '@/test-support/test-app';
import { openTestDatabase, type TTestDatabase } from '@/test-support/test-database';

import { makePdf } from '../applications/documents.fixture';

let database: TTestDatabase;
let t: TTestApp;
let w: TReviewWorld;
let reviewer: Browser;

const panel = () => `/review/panels/${w.panelId}`;
const page = (name: string) => `${panel()}/applications/${w.apps[name]}`;

async function signedIn(email: string): Promise<Browser> {
  const b = new Browser(t.app);
  const res = await b.signIn(email, DEMO_PASSWORD);
  expect(res.statusCode).toBe(303);
  return b;
}

async function token(b: Browser, url: string): Promise<string> {
  const res = await b.get(url);
  const m = /name="_csrf" value="([^"]+)"/.exec(res.body);
  if (!m) throw new Error(`no CSRF token on ${url} (${res.statusCode})`);
  return m[1]!;
}

async function postJson(b: Browser, url: string, body: unknown, from: string) {
  return t.app.inject({
    method: 'POST',
    url,
    payload: JSON.stringify(body),
    headers: {
      cookie: b.cookieHeader(),
      'content-type': 'application/json',
      'x-csrf-token': await token(b, from),
    },
  });
}

function multipart(fields: Record<string, string>, file: { name: string; bytes: Buffer }) {
  const boundary = `----jx${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    );
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="sheet"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function sheetIds(res: LightMyRequestResponse): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const ids: string[] = [];
  book.worksheets[0]!.eachRow((row, n) => {
    if (n > 1) ids.push(String(row.getCell(1).value));
  });
  return ids;
}

beforeAll(async () => {
  database = await openTestDatabase();
  t = await createTestApp(database, { seed: true });
  w = await buildReviewWorld(database.db, t.deps.env, t.clock.now(), {
    passwordHash: await hashPassword(DEMO_PASSWORD),
    pdf: await makePdf(1),
  });
  reviewer = await signedIn(w.reviewer.email);
}, 60_000);

afterAll(async () => {
  await t?.app.close();
  await database?.drop();
});

describe('R-GEN-COI: declaring conflicts before any file opens', () => {
  it('R-GEN-COI: before declaring, the queue, pages, documents, packet and sheet lead to the declaration list', async () => {
    for (const url of [
      panel(),
      page('clear1'),
      `${page('clear1')}/documents/${w.documentId}`,
      `${page('clear1')}/form.pdf`,
      `${panel()}/packet.pdf`,
      `${panel()}/score-sheet.xlsx`,
      `${panel()}/score-sheet`,
    ]) {
      const res = await reviewer.get(url);
      expect(res.statusCode, url).toBe(303);
      expect(res.headers.location, url).toBe(`${panel()}/conflicts`);
    }
  });

  it('R-GEN-COI: the list names the clear applicants with their institutions and never an auto-conflicted one', async () => {
    const res = await reviewer.get(`${panel()}/conflicts`);
    expect(res.statusCode).toBe(200);
    for (const n of ['clear1', 'clear2', 'clear3', 'declared'])
      expect(res.body).toContain(w.names[n]);
    expect(res.body).toContain('Uni A');
    for (const n of ['referee', 'institution', 'domain', 'supervisor'])
      expect(res.body, n).not.toContain(w.names[n]);
  });

  it('R-GEN-COI: nothing ticked and "none" not confirmed is refused beside the list', async () => {
    const res = await reviewer.post(
      `${panel()}/conflicts`,
      {},
      { csrfFrom: `${panel()}/conflicts` },
    );
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('or confirm that you have none');
    expect((await reviewer.get(panel())).statusCode).toBe(303);
  });

  it('R-GEN-COI: declaring stores it, removes the assignment and its draft, audited', async () => {
    const assignment = (
      await database.db
        .select()
        .from(reviewAssignments)
        .where(
          and(
            eq(reviewAssignments.applicationId, w.apps['declared']!),
            eq(reviewAssignments.memberId, w.reviewer.memberId),
          ),
        )
    )[0]!;
    const now = t.clock.now();
    await database.db
      .insert(reviews)
      .values({ assignmentId: assignment.id, scores: { x: 1 }, startedAt: now, updatedAt: now });
    const res = await reviewer.post(
      `${panel()}/conflicts`,
      { conflict: w.apps['declared']! },
      { csrfFrom: `${panel()}/conflicts` },
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${panel()}?declared=1`);
    const left = await database.db
      .select()
      .from(reviewAssignments)
      .where(eq(reviewAssignments.id, assignment.id));
    expect(left).toEqual([]);
    const audits = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.entityId, assignment.id));
    expect(audits.map((a) => a.action)).toEqual(['review.discarded_on_conflict']);
    const queue = await reviewer.get(`${panel()}?declared=1`);
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('Your conflicts are recorded');
  });
});

describe('R-GEN-COI: a conflicted application is hidden everywhere', () => {
  it('the queue lists only the clear ones and counts them', async () => {
    const res = await reviewer.get(panel());
    for (const n of ['clear1', 'clear2', 'clear3']) expect(res.body).toContain(w.names[n]);
    expect(res.body).toContain('0 of 3 submitted');
    const mine = await reviewer.get('/review');
    expect(mine.body).toContain('0 of 3 submitted');
  });

  it.each(CONFLICT_PATHS)(
    'R-GEN-COI (%s): absent from the queue, the lists, the packet and the sheet; its URLs answer 404',
    async (path) => {
      const name = w.names[path]!;
      // Of a declared one the member sees only their own tick on the declaration list.
      const lists =
        path === 'declared' ? [panel(), '/review'] : [panel(), '/review', `${panel()}/conflicts`];
      for (const url of lists) {
        const res = await reviewer.get(url);
        expect(res.statusCode, url).toBe(200);
        expect(res.body, url).not.toContain(name);
        expect(res.body, url).not.toContain(w.apps[path]);
      }
      for (const url of [
        page(path),
        `${page(path)}/documents/${w.conflictedDocumentIds[path]}`,
        `${page(path)}/form.pdf`,
      ])
        expect((await reviewer.get(url)).statusCode, url).toBe(404);
      const draft = await postJson(
        reviewer,
        `${page(path)}/draft`,
        { scores: { research_proposal: '5' } },
        `${panel()}/score-sheet`,
      );
      expect(draft.statusCode).toBe(404);
      const sheet = await reviewer.get(`${panel()}/score-sheet.xlsx`);
      expect(sheet.statusCode).toBe(200);
      const ids = await sheetIds(sheet);
      expect(ids).not.toContain(w.apps[path]);
      expect(ids.sort()).toEqual([w.apps['clear1'], w.apps['clear2'], w.apps['clear3']].sort());
    },
  );

  it.skipIf(SKIP_PDF_TEXT)(
    'R-GEN-COI: the offline packet holds the clear applications only',
    async () => {
      const res = await reviewer.get(`${panel()}/packet.pdf`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdfToText(res.rawPayload);
      for (const n of ['clear1', 'clear2', 'clear3'])
        expect(text).toContain(`JX-REV-${w.names[n]}`);
      for (const p of CONFLICT_PATHS) expect(text).not.toContain(`JX-REV-${w.names[p]}`);
    },
  );

  it('an unknown application id answers the same 404', async () => {
    const res = await reviewer.get(`${panel()}/applications/00000000-0000-4000-8000-000000000000`);
    expect(res.statusCode).toBe(404);
  });
});

describe('R-GEN-COI: a reviewer of another panel sees nothing', () => {
  it('every URL of the panel answers 404', async () => {
    const out = await signedIn(w.outsider.email);
    for (const url of [
      panel(),
      `${panel()}/conflicts`,
      page('clear1'),
      `${page('clear1')}/documents/${w.documentId}`,
      `${page('clear1')}/form.pdf`,
      `${panel()}/packet.pdf`,
      `${panel()}/score-sheet.xlsx`,
    ])
      expect((await out.get(url)).statusCode, url).toBe(404);
    const mine = await out.get('/review');
    expect(mine.body).not.toContain('PIFI fellows A');
  });

  it('R-GEN-COI: a reviewer role of the program no longer opens its applications by the applicant routes', async () => {
    // The same refusal as for an id that does not exist: nothing is learnt from it.
    const none = '00000000-0000-4000-8000-000000000000';
    const refused = (await reviewer.get(`/applications/${none}/form.pdf`)).statusCode;
    expect([403, 404]).toContain(refused);
    expect((await reviewer.get(`/applications/${w.apps['clear1']}/form.pdf`)).statusCode).toBe(
      refused,
    );
    expect(
      (await reviewer.get(`/applications/${w.apps['clear1']}/documents/${w.documentId}`))
        .statusCode,
    ).toBe(refused);
  });
});

describe('the review screen', () => {
  it('shows the summary, the document in the page, the score form and previous/next in queue order', async () => {
    const res = await reviewer.get(page('clear1'));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<iframe');
    expect(res.body).toContain(`${page('clear1')}/form.pdf`);
    expect(res.body).toContain('1 of 3');
    expect(res.body).toContain(`href="${page('clear2')}" rel="next"`);
    expect(res.body).toContain('/assets/reviewing-keys.js');
    expect(res.body).toContain('id="score-research_proposal"');
    const doc = await reviewer.get(`${page('clear1')}/documents/${w.documentId}`);
    expect(doc.statusCode).toBe(200);
    expect(doc.headers['content-type']).toBe('application/pdf');
    expect(String(doc.headers['content-disposition'])).toMatch(/^inline/);
    expect(String(doc.headers['content-security-policy'])).toContain("frame-ancestors 'self'");
    const form = await reviewer.get(`${page('clear1')}/form.pdf`);
    expect(form.statusCode).toBe(200);
    const last = await reviewer.get(page('clear3'));
    expect(last.body).toContain(`href="${page('clear2')}" rel="prev"`);
    expect(last.body).not.toContain('rel="next"');
  });

  it('R-REV-SCORE: autosave answers JSON, saves valid scores and says what is refused in the user’s language', async () => {
    const ok = await postJson(
      reviewer,
      `${page('clear1')}/draft`,
      { scores: { research_proposal: '8' }, comment: 'Solid.' },
      page('clear1'),
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ saved: true, problems: [] });
    const bad = await postJson(
      reviewer,
      `${page('clear1')}/draft?lang=zh-CN`,
      { scores: { cas_relevance: '11', academic_excellence: '7' } },
      page('clear1'),
    );
    expect(bad.statusCode).toBe(200);
    const body = bad.json() as { problems: { field: string; message: string }[] };
    expect(body.problems).toHaveLength(1);
    expect(body.problems[0]!.field).toBe('score-cas_relevance');
    expect(body.problems[0]!.message).toBe('请输入1至10之间的数字');
    await reviewer.get(`${panel()}?lang=en`);
    const [row] = await database.db
      .select({ r: reviews })
      .from(reviews)
      .innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
      .where(
        and(
          eq(reviewAssignments.applicationId, w.apps['clear1']!),
          eq(reviewAssignments.memberId, w.reviewer.memberId),
        ),
      );
    expect(row!.r.scores).toEqual({ research_proposal: 8, academic_excellence: 7 });
    expect(row!.r.comment).toBe('Solid.');
    expect((await reviewer.get(panel())).body).toContain('Draft');
  });

  it('R-REV-SCORE: without JavaScript the form saves (POST-redirect-GET) and shows refused fields beside themselves', async () => {
    const res = await reviewer.post(
      page('clear2'),
      { 'score-research_proposal': '6', comment: 'Plain form', intent: 'save' },
      { csrfFrom: page('clear2') },
    );
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${page('clear2')}?saved=1`);
    const bad = await reviewer.post(
      page('clear2'),
      { 'score-research_proposal': '6', 'score-academic_excellence': 'ten', intent: 'save' },
      { csrfFrom: page('clear2') },
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="score-academic_excellence-error"');
    expect(bad.body).toContain('Enter a whole number from 1 to 10');
    expect(bad.body).toContain('value="ten"');
  });

  it('R-REV-SCORE: submitting needs every criterion and the confirmation; a submitted review is final', async () => {
    const missing = await reviewer.post(
      page('clear2'),
      { intent: 'submit', confirm: '1' },
      { csrfFrom: page('clear2') },
    );
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('before submitting');
    const full = {
      'score-research_proposal': '6',
      'score-academic_excellence': '7',
      'score-cas_relevance': '8',
      'score-collaboration_potential': '9',
    };
    const unconfirmed = await reviewer.post(
      page('clear2'),
      { ...full, intent: 'submit' },
      { csrfFrom: page('clear2') },
    );
    expect(unconfirmed.statusCode).toBe(400);
    expect(unconfirmed.body).toContain('Confirm that your review is complete');
    const done = await reviewer.post(
      page('clear2'),
      { ...full, intent: 'submit', confirm: '1' },
      { csrfFrom: page('clear2') },
    );
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${page('clear2')}?submitted=1`);
    const again = await postJson(
      reviewer,
      `${page('clear2')}/draft`,
      { scores: { research_proposal: '1' } },
      `${panel()}/score-sheet`,
    );
    expect(again.statusCode).toBe(409);
    expect((await reviewer.get(panel())).body).toContain('1 of 3 submitted');
  });

  it('R-GEN-COI: others’ scores stay hidden until one’s own review is submitted', async () => {
    const second = await signedIn(w.second.email);
    await second.post(
      `/review/panels/${w.panelId}/conflicts`,
      { none: '1' },
      { csrfFrom: `/review/panels/${w.panelId}/conflicts` },
    );
    const full = {
      'score-research_proposal': '2',
      'score-academic_excellence': '3',
      'score-cas_relevance': '4',
      'score-collaboration_potential': '5',
      comment: 'SECRET-COMMENT-OF-SECOND',
      intent: 'submit',
      confirm: '1',
    };
    expect((await second.post(page('clear3'), full, { csrfFrom: page('clear3') })).statusCode).toBe(
      303,
    );
    const before = await reviewer.get(page('clear3'));
    expect(before.body).not.toContain('SECRET-COMMENT-OF-SECOND');
    await reviewer.post(
      page('clear3'),
      { ...full, comment: 'mine', 'score-research_proposal': '9' },
      { csrfFrom: page('clear3') },
    );
    const after = await reviewer.get(page('clear3'));
    expect(after.body).toContain('SECRET-COMMENT-OF-SECOND');
    expect(after.body).not.toContain('second@tsinghua');
  });

  it('a chair reads any non-conflicted application of their panel, never a conflicted one', async () => {
    const chair = await signedIn(w.chair.email);
    await chair.post(`${panel()}/conflicts`, { none: '1' }, { csrfFrom: `${panel()}/conflicts` });
    const clear = await chair.get(page('clear1'));
    expect(clear.statusCode).toBe(200);
    expect(clear.body).toContain('not assigned to you');
    expect((await chair.get(page('institution'))).statusCode).toBe(404);
    expect((await chair.get(panel())).body).not.toContain(w.names['institution']);
  });
});

describe('the score sheet offline', () => {
  it('R-REV-SCORE: round trip: valid rows and cells saved as drafts, row errors for the rest, other applications "not in your queue"', async () => {
    const download = await reviewer.get(`${panel()}/score-sheet.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(download.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).map(String);
    expect(header.some((h) => h.includes('[research_proposal] (1–10)'))).toBe(true);
    let clear1Row = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === w.apps['clear1']) clear1Row = n;
    });
    const r = sheet.getRow(clear1Row);
    r.getCell(3).value = 5;
    r.getCell(4).value = 12;
    r.getCell(7).value = 'Offline comment';
    r.commit();
    sheet.addRow([w.apps['institution'], 'x', 5, 5, 5, 5, '']);
    sheet.addRow(['00000000-0000-4000-8000-000000000000', 'y', 5, 5, 5, 5, '']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    const body = multipart(
      { _csrf: await token(reviewer, `${panel()}/score-sheet`) },
      { name: 's.xlsx', bytes },
    );
    const res = await t.app.inject({
      method: 'POST',
      url: `${panel()}/score-sheet`,
      payload: body.payload,
      headers: { cookie: reviewer.cookieHeader(), 'content-type': body.contentType },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter a number from 1 to 10; this cell was not saved');
    expect(res.body.match(/Not in your queue/g)).toHaveLength(2);
    expect(res.body).not.toContain(w.names['institution']);
    expect(res.body).toContain('already submitted');
    const [row] = await database.db
      .select({ r: reviews })
      .from(reviews)
      .innerJoin(reviewAssignments, eq(reviewAssignments.id, reviews.assignmentId))
      .where(
        and(
          eq(reviewAssignments.applicationId, w.apps['clear1']!),
          eq(reviewAssignments.memberId, w.reviewer.memberId),
        ),
      );
    expect(row!.r.status).toBe('draft');
    expect(row!.r.scores['academic_excellence']).toBe(5);
    // The refused cell (12) left the saved score as it was.
    expect(row!.r.scores['research_proposal']).toBe(8);
    expect(row!.r.comment).toBe('Offline comment');
  });
});
