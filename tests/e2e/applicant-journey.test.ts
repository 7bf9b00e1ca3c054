import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Browser, Locator, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { DEMO_INSTITUTIONS } from '@/db/seed/demo-data';
import { countWords } from '@/domain/applications/word-count';
import { documentSlots } from '@/domain/applications/document-slots';
import { getCountry } from '@/domain/countries/countries';
import { getProgram } from '@/domain/programs';
import { makeJpeg, makePdf } from '@/http/routes/applications/documents.fixture';
import type { TLocale } from '@/i18n/locales';
import { translator, type TMessageKey } from '@/i18n/translate';
import { pdfToText } from '@/services/print/pdf-text.fixture';

import { AxeAudit, formatViolations } from './support/axe';
import { htmlLang, launchChromium, openWatchedPage, type TWatchedPage } from './support/browser';
import { linkIn, waitForMail } from './support/mail';
import { startE2eSystem, type TE2eSystem } from './support/system';

// The applicant journey, in a real Chromium against the real system (database,
// demo data, pg-boss mail worker, a real SMTP peer): a new user with a Chinese browser signs
// up in Chinese, confirms her address from the email, gives her identity once, fills a CSC
// doctoral application in Chinese (JavaScript on: every field also saves as it is typed), uploads
// her documents (through tus), invites two referees — one writing in Chinese, one in English —
// each of whom opens the emailed link in a browser of their own and uploads a PDF letter (the
// link then dies); she sees both letters received but never their content, submits, gets the
// receipt on the page and by email, and downloads the printed form, whose text (pdftotext)
// holds her name and 博士研究生. axe-core finds no violation on any page of the way.
// Expected texts come from the message catalogs and the programs' data.

const zh = translator('zh-CN');
const PASSWORD = 'lotus pond evening 2026';
const SCREENSHOTS = process.env.JX_E2E_SCREENSHOTS ?? '/tmp';

// The demo was created on 10 January 2026 (its calls follow that day), when its call csc-2026
// (UCAS) takes applications 2026-01-05 → 2026-04-05 Beijing time: the server's clock is pinned
// inside that window, so the journey reads the same on any day.
const SEEDED_AT = new Date('2026-01-10T02:00:00Z');
// Sessions time out after 30 idle minutes of this clock; a clock that stands never does.
const NOW = new Date('2026-03-01T02:00:00Z');
const UCAS = DEMO_INSTITUTIONS.find((i) => i.id === 'UCAS')!;
const CSC = getProgram('csc');
const DOCTORAL = CSC.tracks.find((t) => t.id === 'doctoral')!;

const LAN = {
  email: 'lan.nguyen@example.org',
  displayName: '阮氏兰',
  familyName: 'NGUYEN',
  givenNames: 'Thi Lan',
  nameZh: '阮氏兰',
  nationality: 'VN',
  birthOn: '1993-07-14',
  passportNumber: 'C7654321',
} as const;
/** How the referees' pages and emails name her: the passport's names, given names first. */
const LAN_NAME = `${LAN.givenNames} ${LAN.familyName}`;

const REFEREES = [
  {
    name: '陈建国',
    title: '教授',
    institution: '越南河内国家大学',
    email: 'chen.jianguo@hus.example.edu',
    locale: 'zh-CN',
  },
  {
    name: 'Tran Van Minh',
    title: 'Associate Professor',
    institution: 'Hanoi University of Science and Technology',
    email: 'minh.tranvan@hust.example.edu',
    locale: 'en',
  },
] as const satisfies readonly {
  name: string;
  title: string;
  institution: string;
  email: string;
  locale: TLocale;
}[];

// A study plan in Chinese, at least 800 characters (R-GEN-WORDS: each Han character counts one).
const PLAN_TITLE = '湄公河三角洲咸潮入侵与地下水可持续利用研究';
const PLAN_PARAGRAPHS = [
  '我硕士阶段在河内国家大学学习水文学，研究红河流域的降雨径流过程，积累了野外观测和数值模拟的经验。',
  '近年来湄公河三角洲咸潮入侵日益严重，影响数百万农民的灌溉和饮用水安全，这是我选择博士研究方向的原因。',
  '本研究计划结合遥感资料、地下水监测数据和数值模型，定量分析海平面上升和上游来水减少对咸潮入侵的影响。',
  '第一年我将系统学习地下水动力学和溶质运移理论，完成文献综述，并与导师共同确定研究区和观测方案。',
  '第二年我将建立三维变密度地下水流模型，利用历史资料进行率定和验证，评估不同开采情景下的咸水界面变化。',
  '第三年我将提出地下水可持续利用的管理建议，撰写学术论文，并与越南有关部门分享研究成果。',
  '中国科学院大学在水资源和环境科学领域具有很强的研究实力，拥有先进的实验平台和丰富的国际合作经验。',
  '我希望在中国学习期间提高汉语水平，了解中国治理河口咸潮的经验，为中越两国的科技合作贡献力量。',
];
const PLAN_TEXT = Array.from({ length: 4 }, () => PLAN_PARAGRAPHS.join('')).join('\n\n');

/** The CSC doctoral upload slots, with the file each gets (the physical examination is dated). */
const UPLOADS: { slot: string; file: string; kind: 'pdf' | 'jpeg'; examOn?: string }[] = [
  { slot: 'application_form', file: '申请表-签名.pdf', kind: 'pdf' },
  { slot: 'highest_diploma', file: 'master-diploma-notarised.pdf', kind: 'pdf' },
  { slot: 'transcripts', file: 'transcripts.pdf', kind: 'pdf' },
  { slot: 'physical_exam', file: 'physical-examination.pdf', kind: 'pdf', examOn: '2026-02-10' },
  { slot: 'passport_copy', file: 'passport.jpg', kind: 'jpeg' },
];
const LETTER_SECRET = 'CONFIDENTIAL-LETTER-TEXT';

// With JavaScript the section pages save each field as it is typed. So that a section's own
// submit never races an autosave still on the wire, the page's fetches are counted.
const COUNT_FETCHES = `(() => {
  const original = window.fetch;
  let inFlight = 0;
  Object.defineProperty(window, '__jxFetchesInFlight', { get: () => inFlight });
  window.fetch = function (...args) {
    inFlight++;
    return original.apply(this, args).finally(() => { inFlight--; });
  };
})();`;
type TCountingWindow = typeof globalThis & { __jxFetchesInFlight?: number };
/** What /assets/autosave.js says in Chinese once a save is through (not a catalog message). */
const AUTOSAVED_ZH = '已保存';

const UI_TIMEOUT = 60_000;
const MAIL_TIMEOUT = 90_000;

let system: TE2eSystem;
let browser: Browser;
let audit: AxeAudit;

beforeAll(async () => {
  // Both start at once; whichever started is kept so afterAll can close it if the other failed.
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
});

afterAll(async () => {
  await audit?.close();
  await browser?.close();
  await system?.stop();
  if (audit?.reports.length)
    console.log(`axe-core on every page of the journey:\n${audit.summary()}`);
});

async function axe(page: Page, label: string): Promise<void> {
  const violations = await audit.check(page, label);
  expect(violations, formatViolations(`${label} ${page.url()}`, violations)).toEqual([]);
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const nav = (page: Page) => page.getByRole('banner').getByRole('navigation');
const main = (page: Page) => page.getByRole('main');
const pathOf = (page: Page) => new URL(page.url()).pathname;

/** A field by its label, exactly; optional fields' labels end in " （选填）". */
const field = (page: Page, label: string, isOptional = false) =>
  page.getByLabel(isOptional ? `${label} ${zh('form.optional')}` : label, { exact: true });

/** A task of the application's task list: its link and its state tag. */
function task(page: Page, label: string): Locator {
  return main(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: label, exact: true }) });
}

type TFill = { label: string; value: string; isOptional?: boolean; choose?: boolean };

/**
 * Opens a section from the task list, fills it, waits until autosave says it is saved (with
 * JavaScript each field saves as it is typed or left), then sends the section with its own
 * button as well, which brings the task list back with the section done.
 */
async function fillSection(
  page: Page,
  sectionKey: TMessageKey,
  fills: TFill[],
  check?: () => Promise<void>,
): Promise<void> {
  const title = zh(sectionKey);
  await task(page, title).getByRole('link').click();
  await h1(page, title).waitFor();
  // Type only once autosave listens: on a busy machine the deferred script can run after the
  // page is shown, and typing before it would never be saved as typed.
  await page.locator('[data-autosave-ready]').waitFor({ state: 'attached', timeout: UI_TIMEOUT });
  let last: Locator | null = null;
  for (const f of fills) {
    last = field(page, f.label, f.isOptional);
    if (f.choose) await last.selectOption({ label: f.value });
    else await last.fill(f.value);
  }
  // Leaving the last field sends whatever is still pending; then nothing is on the wire.
  await last!.focus();
  await last!.blur();
  // Asked from here, not with waitForFunction: its polling evaluates a string in the page, which
  // the site's Content-Security-Policy (script-src 'self') forbids.
  await expect
    .poll(() => page.evaluate(() => (globalThis as TCountingWindow).__jxFetchesInFlight), {
      timeout: UI_TIMEOUT,
      interval: 50,
    })
    .toBe(0);
  await main(page).getByText(AUTOSAVED_ZH, { exact: true }).waitFor({ timeout: UI_TIMEOUT });
  await check?.();
  await axe(page, `section ${sectionKey}`);
  await main(page)
    .getByRole('button', { name: zh('application.save_section'), exact: true })
    .click();
  await h1(page, applicationTitle()).waitFor();
  expect(
    await task(page, title).getByText(zh('application.task_done'), { exact: true }).count(),
  ).toBe(1);
}

function applicationTitle(): string {
  return `${CSC.name.zh} · ${DOCTORAL.name.zh}`;
}

/** Elapsed time per step, for the log. */
class Timings {
  private readonly started = Date.now();
  private last = this.started;
  readonly lines: string[] = [];
  mark(label: string): void {
    const now = Date.now();
    this.lines.push(`${String(now - this.last).padStart(6)} ms  ${label}`);
    this.last = now;
  }
  summary(): string {
    return `${this.lines.join('\n')}\n${String(Date.now() - this.started).padStart(6)} ms  in all`;
  }
}

describe('applicant journey in Chromium (issue 6)', () => {
  it('a new user applies for a CSC doctoral place in Chinese: sign-up, email, identity, form, documents by tus, two referees upload letters by their links, submission, receipt by email, the printed PDF; no axe violation', async () => {
    const { baseUrl, peer } = system;
    const timings = new Timings();
    const applicant = await openWatchedPage(browser, baseUrl, { locale: 'zh-CN' });
    const { page, context } = applicant;
    await context.addInitScript({ content: COUNT_FETCHES });
    const tusRequests: string[] = [];
    const plainUploads: string[] = [];
    page.on('request', (request: Request) => {
      const url = new URL(request.url());
      if (url.pathname === '/uploads' || url.pathname.startsWith('/uploads/'))
        tusRequests.push(`${request.method()} ${url.pathname}`);
      if (request.method() === 'POST' && /\/documents$/.test(url.pathname))
        plainUploads.push(url.pathname);
    });
    const referees: TWatchedPage[] = [];

    try {
      // 1. Sign up in Chinese, choosing Chinese for the emails.
      await page.goto(`${baseUrl}/`);
      await h1(page, zh('home.title')).waitFor();
      expect(await htmlLang(page)).toBe('zh-CN');
      await nav(page)
        .getByRole('link', { name: zh('nav.sign_up'), exact: true })
        .click();
      await h1(page, zh('sign_up.title')).waitFor();
      await axe(page, 'sign-up');
      await field(page, zh('sign_up.name_label')).fill(LAN.displayName);
      await field(page, zh('sign_up.email_label')).fill(LAN.email);
      await field(page, zh('sign_up.password_label')).fill(PASSWORD);
      await page.getByRole('radio', { name: '中文', exact: true }).check();
      await main(page)
        .getByRole('button', { name: zh('sign_up.submit'), exact: true })
        .click();
      await h1(page, zh('sign_up.done_title')).waitFor();
      await axe(page, 'check your email');

      // 2. The verification email, in Chinese, reaches the SMTP peer; its link confirms.
      const verification = await waitForMail(
        peer,
        LAN.email,
        zh('email.verify_email.subject'),
        MAIL_TIMEOUT,
      );
      await page.goto(linkIn(verification, `${baseUrl}/verify-email?token=`));
      await h1(page, zh('verify_email.done_title')).waitFor();
      await axe(page, 'email confirmed');
      timings.mark('signed up, address confirmed by email');

      // 3. Sign in; "My applications" asks for her identity first.
      await main(page)
        .getByRole('link', { name: zh('nav.sign_in'), exact: true })
        .click();
      await h1(page, zh('sign_in.title')).waitFor();
      await axe(page, 'sign-in');
      await field(page, zh('sign_in.email_label')).fill(LAN.email);
      await field(page, zh('sign_in.password_label')).fill(PASSWORD);
      await main(page)
        .getByRole('button', { name: zh('sign_in.submit'), exact: true })
        .click();
      await h1(page, zh('account.title')).waitFor();
      await axe(page, 'account');
      await nav(page)
        .getByRole('link', { name: zh('nav.applications'), exact: true })
        .click();
      await h1(page, zh('applications.title')).waitFor();
      await axe(page, 'my applications, before the profile');
      await main(page)
        .getByRole('link', { name: zh('profile.title'), exact: true })
        .click();
      await h1(page, zh('profile.title')).waitFor();
      await axe(page, 'profile');

      // 4. Identity once for every application (R-GEN-IDENTITY), and consent.
      await field(page, zh('profile.family_name')).fill(LAN.familyName);
      await field(page, zh('profile.given_names')).fill(LAN.givenNames);
      await field(page, zh('profile.name_zh')).fill(LAN.nameZh);
      await field(page, zh('profile.nationality')).selectOption({
        label: getCountry(LAN.nationality).zh,
      });
      await field(page, zh('profile.birth_on')).fill(LAN.birthOn);
      await field(page, zh('finder.gender')).selectOption({ label: zh('gender.female') });
      await field(page, zh('profile.passport_number')).fill(LAN.passportNumber);
      await field(page, zh('profile.passport_country')).selectOption({
        label: getCountry(LAN.nationality).zh,
      });
      await page.getByRole('checkbox', { name: zh('profile.consent_label'), exact: true }).check();
      await main(page)
        .getByRole('button', { name: zh('profile.save'), exact: true })
        .click();

      // 5. Back on "My applications": the CSC call at UCAS, doctoral track.
      await h1(page, zh('applications.title')).waitFor();
      expect(pathOf(page)).toBe('/applications');
      const call = main(page).getByRole('region', {
        name: `${CSC.name.zh} · 2026 · ${UCAS.nameZh}`,
        exact: true,
      });
      await call.waitFor();
      await axe(page, 'my applications');
      await call
        .getByLabel(zh('applications.track'), { exact: true })
        .selectOption({ label: DOCTORAL.name.zh });
      await call.getByRole('button', { name: zh('applications.start'), exact: true }).click();
      await h1(page, applicationTitle()).waitFor();
      const applicationId = pathOf(page).split('/').pop()!;
      expect(pathOf(page)).toBe(`/applications/${applicationId}`);
      for (const key of [
        'form_section.personal',
        'form_section.education',
        'form_section.language',
        'form_section.plan',
        'form_section.host',
        'form_section.program',
        'application.task_documents',
        'application.task_referees',
      ] as const)
        await task(page, zh(key))
          .getByText(zh('application.task_not_started'), { exact: true })
          .waitFor();
      await axe(page, 'task list, new application');
      timings.mark('profile saved, CSC doctoral application started');

      // 6. The form, section by section, in Chinese.
      await fillSection(page, 'form_section.personal', [
        { label: zh('form.personal.phone'), value: '+84 24 3858 1234' },
        { label: zh('form.personal.address'), value: '越南河内市纸桥郡春水路144号' },
        { label: zh('form.personal.inChina'), value: zh('finder.no'), choose: true },
      ]);
      const row = (key: string) => `${zh(`form.education.${key}` as TMessageKey)} (1)`;
      await fillSection(page, 'form_section.education', [
        {
          label: zh('form.education.highestQualification'),
          value: zh('form_choice.highestQualification.master'),
          choose: true,
        },
        {
          label: zh('form.education.studyingInChina'),
          value: zh('form_choice.studyingInChina.none'),
          choose: true,
        },
        { label: row('institution'), value: '越南河内国家大学' },
        { label: row('country'), value: getCountry('VN').zh, choose: true },
        { label: row('qualification'), value: '水文学硕士' },
        { label: row('field'), value: '水文与水资源', isOptional: true },
        { label: row('from'), value: '2016-09-01' },
        { label: row('to'), value: '2018-06-30', isOptional: true },
      ]);
      await fillSection(page, 'form_section.language', [
        { label: zh('form.language.englishNative'), value: zh('finder.no'), choose: true },
        { label: zh('form.language.toefl'), value: '98', isOptional: true },
      ]);
      expect(countWords(PLAN_TEXT)).toBeGreaterThanOrEqual(800);
      await fillSection(
        page,
        'form_section.plan',
        [
          { label: zh('form.plan.title'), value: PLAN_TITLE },
          { label: zh('form.plan.text'), value: PLAN_TEXT },
        ],
        async () => {
          // The live count (R-GEN-WORDS) counts as the server does: each Han character one.
          const count = main(page).getByText(`字数：${countWords(PLAN_TEXT)}，至少 800`, {
            exact: true,
          });
          await count.waitFor();
        },
      );
      await fillSection(page, 'form_section.host', [
        { label: zh('form.host.department'), value: '资源与环境学院' },
        { label: zh('form.host.subject'), value: '水文学及水资源' },
        { label: zh('form.host.supervisorName'), value: '王立新', isOptional: true },
      ]);
      await fillSection(page, 'form_section.program', [
        { label: zh('form.program.dispatchingAuthority'), value: '越南教育培训部' },
        { label: zh('form.program.agencyNumber'), value: '10610' },
        {
          label: zh('form.program.subjectCategory'),
          value: zh('form_choice.subjectCategory.II'),
          choose: true,
        },
      ]);
      timings.mark('six sections filled (autosave and section submit)');

      // 7. Documents: each needed upload slot of the CSC doctoral list gets its file, through
      // tus (the page's script), and shows it once stored.
      const needed = documentSlots('csc', 'doctoral', {}, [])
        .filter((s) => s.source === 'upload' && s.isNeeded)
        .map((s) => s.spec.id);
      expect(UPLOADS.map((u) => u.slot).sort()).toEqual([...needed].sort());
      await task(page, zh('application.task_documents')).getByRole('link').click();
      await h1(page, zh('documents.title')).waitFor();
      await axe(page, 'documents, none uploaded');
      const slotItem = (slotId: string) => {
        const label = CSC.documents.find((d) => d.id === slotId)!.label.zh;
        return main(page)
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 2, name: label, exact: true }) });
      };
      for (const upload of UPLOADS) {
        const slot = slotItem(upload.slot);
        await slot
          .getByText(zh('documents.status_missing'), { exact: true })
          .waitFor({ timeout: UI_TIMEOUT });
        if (upload.examOn)
          await slot
            .getByLabel(zh('documents.exam_date_label'), { exact: true })
            .fill(upload.examOn);
        const bytes = upload.kind === 'pdf' ? await makePdf(2) : await makeJpeg();
        await slot.getByLabel(zh('documents.file_label'), { exact: true }).setInputFiles({
          name: upload.file,
          mimeType: upload.kind === 'pdf' ? 'application/pdf' : 'image/jpeg',
          buffer: bytes,
        });
        const tusBefore = tusRequests.length;
        await slot.getByRole('button', { name: zh('documents.upload'), exact: true }).click();
        // Stored: the page comes back with the notice and the file in its slot.
        await slot
          .getByRole('link', { name: zh('documents.download_named', { name: upload.file }) })
          .waitFor({ timeout: UI_TIMEOUT })
          .catch(async (err: Error) => {
            // Say where it stopped: the script's own status line and the page's address.
            const said = await slot
              .locator('.upload-status')
              .innerText()
              .catch(() => '');
            throw new Error(
              `${upload.file} did not appear in its slot after the upload (page ${page.url()}, upload status "${said.trim()}", tus requests: ${tusRequests.slice(tusBefore).join(', ')}): ${err.message}`,
            );
          });
        await slot.getByText(zh('documents.status_uploaded'), { exact: true }).waitFor();
        expect(
          await main(page)
            .getByRole('status')
            .getByText(zh('documents.uploaded_notice'), { exact: true })
            .count(),
        ).toBe(1);
        const sent = tusRequests.slice(tusBefore);
        expect(sent[0], `${upload.slot} went through tus: ${sent.join(', ')}`).toBe(
          'POST /uploads',
        );
        expect(sent.some((r) => r.startsWith('PATCH /uploads/'))).toBe(true);
        if (upload.kind === 'pdf') await slot.getByText(/，2页 · /).waitFor();
        else
          await slot
            .getByRole('img', { name: zh('documents.thumbnail_alt', { name: upload.file }) })
            .waitFor();
        if (upload.examOn)
          await slot
            .getByText(zh('documents.exam_date', { date: upload.examOn }), { exact: true })
            .waitFor();
      }
      expect(plainUploads, 'no upload fell back to the plain form').toEqual([]);
      await axe(page, 'documents, all uploaded');
      if (process.env.JX_E2E_SCREENSHOTS)
        await page.screenshot({ path: `${SCREENSHOTS}/jx-documents-zh.png`, fullPage: true });
      await main(page)
        .getByRole('link', { name: zh('documents.back'), exact: true })
        .click();
      await h1(page, applicationTitle()).waitFor();
      await task(page, zh('application.task_documents'))
        .getByText(zh('application.task_done'), { exact: true })
        .waitFor();
      timings.mark(`${UPLOADS.length} documents uploaded through tus`);

      // 8. Check before sending: only the referees are missing, and the list links to them.
      await main(page)
        .getByRole('link', { name: zh('application.check_and_submit'), exact: true })
        .click();
      await h1(page, zh('submit.title')).waitFor();
      const missing = main(page).getByRole('alert');
      const missingReferees = zh('submit.missing_referees', { needed: 2, named: 0 });
      const missingLinks: string[] = [];
      for (const link of await missing.getByRole('link').all())
        missingLinks.push((await link.innerText()).trim());
      expect(missingLinks).toEqual([missingReferees]);
      expect(
        await main(page)
          .getByRole('button', { name: zh('submit.button'), exact: true })
          .count(),
      ).toBe(0);
      await axe(page, 'check your answers, referees missing');

      // 9. Two referees, each invited in their own language.
      await missing.getByRole('link', { name: missingReferees, exact: true }).click();
      await h1(page, zh('referees.title')).waitFor();
      await page.getByText(zh('referees.needed', { count: 2 }), { exact: true }).waitFor();
      await axe(page, 'referees, none yet');
      for (const ref of REFEREES) {
        await field(page, zh('referees.field_name')).fill(ref.name);
        await field(page, zh('referees.field_title')).fill(ref.title);
        await field(page, zh('referees.field_institution')).fill(ref.institution);
        await field(page, zh('referees.field_email')).fill(ref.email);
        await main(page)
          .getByRole('group', { name: zh('referees.field_locale'), exact: true })
          .getByRole('radio', { name: ref.locale === 'zh-CN' ? '中文' : 'English', exact: true })
          .check();
        await main(page)
          .getByRole('button', { name: zh('referees.add_submit'), exact: true })
          .click();
        await main(page)
          .getByRole('status')
          .getByText(zh('referees.done_invited'), { exact: true })
          .waitFor();
      }
      const card = (name: string) =>
        main(page)
          .getByRole('listitem')
          .filter({ has: page.getByRole('heading', { level: 3, name, exact: true }) });
      for (const ref of REFEREES)
        await card(ref.name).getByText(zh('referees.status_invited'), { exact: true }).waitFor();
      await page.getByText(zh('referees.all_named', { count: 2 }), { exact: true }).waitFor();
      await axe(page, 'referees, both invited');
      timings.mark('two referees invited');

      // 10. Each referee: the invitation in their language, the link opened in a browser of
      // their own (no account) and the letter form opened by its button, a PDF letter
      // uploaded; the link then dies.
      for (const ref of REFEREES) {
        const t = translator(ref.locale);
        const invitation = await waitForMail(
          peer,
          ref.email,
          t('email.referee_invitation.subject', { applicant: LAN_NAME }),
          MAIL_TIMEOUT,
        );
        const link = linkIn(invitation, `${baseUrl}/r/`);
        const watched = await openWatchedPage(browser, baseUrl, {
          locale: ref.locale === 'zh-CN' ? 'zh-CN' : 'en-GB',
        });
        referees.push(watched);
        const rp = watched.page;
        await rp.goto(link);
        await h1(rp, t('referees.letter_title', { applicant: LAN_NAME })).waitFor();
        expect(await htmlLang(rp)).toBe(ref.locale);
        await main(rp)
          .getByText(`${ref.name}, ${ref.title}, ${ref.institution}`, { exact: true })
          .waitFor();
        // The link's page opens nothing by itself (mail scanners fetch links): its button does.
        await axe(rp, `referee's link page (${ref.locale})`);
        await main(rp)
          .getByRole('button', { name: t('referees.letter_open_submit'), exact: true })
          .click();
        await rp.getByLabel(t('referees.letter_upload_label'), { exact: true }).waitFor();
        await axe(rp, `referee's letter page (${ref.locale})`);
        const letter = await letterPdf(`${LETTER_SECRET} from ${ref.email}`);
        await rp.getByLabel(t('referees.letter_upload_label'), { exact: true }).setInputFiles({
          name: 'recommendation.pdf',
          mimeType: 'application/pdf',
          buffer: letter,
        });
        await main(rp)
          .getByRole('button', { name: t('referees.letter_upload_submit'), exact: true })
          .click();
        await h1(rp, t('referees.letter_thanks_title')).waitFor();
        await axe(rp, `referee's thanks (${ref.locale})`);
        // R-GEN-REFEREE: the link opens one letter, once.
        await rp.goto(link);
        await h1(rp, t('referees.letter_submitted_title')).waitFor();
        await axe(rp, `referee's used link (${ref.locale})`);
        expect(watched.problems()).toEqual([`HTTP 410: GET ${link}`]);
        await watched.context.close();
      }
      timings.mark('both referees uploaded their letters by their links');

      // 11. The applicant sees both letters received, never what they say; she was told by email.
      for (const ref of REFEREES)
        await waitForMail(
          peer,
          LAN.email,
          zh('email.referee_letter_in.subject', { referee: ref.name }),
          MAIL_TIMEOUT,
        );
      await page.reload();
      await h1(page, zh('referees.title')).waitFor();
      for (const ref of REFEREES) {
        await card(ref.name).getByText(zh('referees.status_submitted'), { exact: true }).waitFor();
        // Nothing to do with a submitted letter: no resend, no replace.
        expect(await card(ref.name).getByRole('button').count()).toBe(0);
        expect(await card(ref.name).getByRole('link').count()).toBe(0);
      }
      const refereesHtml = await page.content();
      expect(refereesHtml).not.toContain(LETTER_SECRET);
      expect(refereesHtml).not.toContain('recommendation.pdf');
      await axe(page, 'referees, both letters in');

      // 12. Check and submit: nothing missing now.
      await page.goto(`${baseUrl}/applications/${applicationId}`);
      await h1(page, applicationTitle()).waitFor();
      await task(page, zh('application.task_referees'))
        .getByText(zh('application.task_done'), { exact: true })
        .waitFor();
      await axe(page, 'task list, complete');
      await main(page)
        .getByRole('link', { name: zh('application.check_and_submit'), exact: true })
        .click();
      await h1(page, zh('submit.title')).waitFor();
      expect(await main(page).getByRole('alert').count()).toBe(0);
      const planAnswers = main(page).getByRole('region', {
        name: zh('form_section.plan'),
        exact: true,
      });
      await planAnswers.getByText(PLAN_TITLE, { exact: true }).waitFor();
      await axe(page, 'check your answers, complete');
      await main(page)
        .getByRole('button', { name: zh('submit.button'), exact: true })
        .click();

      // 13. The status page: submitted, with the receipt number; the confirmation email.
      await h1(page, zh('status.submitted_title')).waitFor();
      expect(pathOf(page)).toBe(`/applications/${applicationId}/status`);
      const notice = (await main(page).getByRole('status').innerText()).trim();
      const receipt = /JX-2026-[0-9A-Z]{8}/.exec(notice)?.[0];
      expect(receipt, `a receipt number in: ${notice}`).toBeDefined();
      expect(notice).toContain(zh('status.submitted_notice', { receipt: receipt! }));
      await main(page)
        .getByText(zh('application.receipt', { receipt: receipt! }), { exact: false })
        .first()
        .waitFor();
      // The timeline: drafted, each upload, both letters in, submitted.
      const events = async (key: TMessageKey) =>
        main(page)
          .getByRole('listitem')
          .filter({ has: page.getByText(zh(key), { exact: true }) })
          .count();
      expect(await events('status.event_drafted')).toBe(1);
      expect(await events('status.event_document_uploaded')).toBe(UPLOADS.length);
      expect(await events('status.event_letter_in')).toBe(REFEREES.length);
      expect(await events('status.event_submitted')).toBe(1);
      await axe(page, 'status, submitted');
      const confirmation = await waitForMail(
        peer,
        LAN.email,
        zh('email.application_submitted.subject', { receipt: receipt! }),
        MAIL_TIMEOUT,
      );
      expect(confirmation.text).toContain(receipt!);
      expect(confirmation.text).toContain(`${baseUrl}/applications/${applicationId}`);
      timings.mark('submitted; receipt on the page and by email');

      // 14. The printed form, from the task list's link, with her session.
      await main(page)
        .getByRole('link', { name: zh('application.back_to_overview'), exact: true })
        .click();
      await h1(page, applicationTitle()).waitFor();
      await main(page).getByText(zh('application.status_submitted'), { exact: true }).waitFor();
      await axe(page, 'task list, submitted');
      const pdfLink = main(page).getByRole('link', {
        name: zh('application.download_pdf'),
        exact: true,
      });
      const href = await pdfLink.getAttribute('href');
      expect(href).toBe(`/applications/${applicationId}/form.pdf`);
      const response = await page.request.get(new URL(href!, baseUrl).toString(), {
        timeout: UI_TIMEOUT,
      });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      const pdf = Buffer.from(await response.body());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfToText(pdf);
      for (const expected of [LAN.familyName, LAN.givenNames, LAN.nameZh, '博士研究生', receipt!])
        expect(text, `the printed form holds ${expected}`).toContain(expected);
      timings.mark(`printed form downloaded (${pdf.length} bytes) and read with pdftotext`);

      // Nothing went wrong on the way: every request stayed on the site, none failed, no
      // error status, no console or page error.
      expect(applicant.problems()).toEqual([]);
      console.log(`applicant journey timings:\n${timings.summary()}`);
    } finally {
      for (const r of referees) await r.context.close().catch(() => undefined);
      await context.close();
    }
  }, 900_000);
});

/** A referee's signed letter as a one-page PDF carrying `line` (which must never leak). */
async function letterPdf(line: string): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(line, { x: 50, y: 780, size: 11, font });
  return Buffer.from(await pdf.save());
}
