import { describe, expect, it } from 'vitest';

import { formSections } from '@/domain/applications/form-definition';
import { PROGRAMS } from '@/domain/programs';
import { isMessageKey } from '@/i18n/translate';

import { pdfStreams, pdfToText, SKIP_PDF_TEXT } from './pdf-text.fixture';
import { cscDoctoralPrintable } from './printable.fixture';
import { fieldKey, printText } from './print-text';
import { renderApplicationPdf } from './render-application-pdf';

/** Renders once, on first use, for every test that reads the same form. */
function once(render: () => Promise<Buffer>): () => Promise<Buffer> {
  let pdf: Promise<Buffer> | undefined;
  return () => (pdf ??= render());
}

// One render per form (each takes about a second: the font subsets are built per PDF).
const csc = once(() => renderApplicationPdf(cscDoctoralPrintable(), 'en'));
const draft = once(() =>
  renderApplicationPdf(
    cscDoctoralPrintable({ status: 'draft', isSubmitted: false, submittedAt: null }),
    'en',
  ),
);
const ansoZh = once(() =>
  renderApplicationPdf(
    cscDoctoralPrintable({
      programId: 'cas-anso',
      track: 'phd',
      answers: {
        ...cscDoctoralPrintable().answers,
        program: { twasConsideration: 'yes', climateResearch: 'no', noOtherAssignment: 'yes' },
      },
    }),
    'zh-CN',
  ),
);

describe.skipIf(SKIP_PDF_TEXT)('the printed CSC doctoral form (text through pdftotext)', () => {
  it('names the applicant in both scripts, the student category 博士研究生 and the verification code', async () => {
    const text = pdfToText(await csc());
    expect(text).toContain('WANG');
    expect(text).toContain('Fang');
    expect(text).toContain('王芳');
    expect(text).toContain('博士研究生 Doctoral student');
    expect(text).toContain('K7QX-2M9D');
    expect(text).toContain('JX-2026-CSC-000123');
  });

  it('is the bilingual CSC form: Chinese field labels beside the English ones', async () => {
    const text = pdfToText(await csc());
    expect(text).toContain('中国政府奖学金申请表');
    expect(text).toContain('Application Form for Chinese Government Scholarship');
    for (const label of [
      '国籍 Nationality',
      '护照号码 Passport No.',
      '出生日期 Date of birth',
      '学生类别 Student category',
      '照片 Photo',
    ])
      expect(text).toContain(label);
  });

  it('R-GEN-TIME: the submission time prints in Beijing time', async () => {
    expect(pdfToText(await csc())).toContain('31 Mar 2026, 23:59 Beijing time (UTC+8)');
  });

  it('prints every section in the form definition’s order, referees but not their letters, and the documents', async () => {
    const text = pdfToText(await csc());
    const order = [
      '个人信息 Personal information',
      '教育背景 Education',
      '语言能力 Language proficiency',
      '学习或研究计划 Study plan',
      '接收院校及导师 Host institution',
      '项目专项信息 Program questions',
      '推荐人 Referees',
      '已上传材料 Documents uploaded',
    ];
    const at = order.map((h) => text.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text).toContain('National University of Singapore');
    expect(text).toContain('Paragraph 60:');
    expect(text).toContain('Prof. Tan Wei Ling');
    expect(text).toContain('南洋理工大学');
    expect(text).toContain('msc-diploma.pdf');
    expect(text).toContain('Notarised highest diploma');
  });

  it('says on every page how staff check the code', async () => {
    const pdf = await csc();
    const pages = pdfToText(pdf)
      .split('\f')
      .filter((p) => p.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page).toContain('验证码 Verification code: K7QX-2M9D');
      expect(page).toContain('https://jiangxue.example.cn/staff/verify?code=K7QX-2M9D');
    }
  });

  it('ends with the declaration, a signature line and a date', async () => {
    const text = pdfToText(await csc());
    expect(text).toContain("申请人签名 Applicant's signature");
    expect(text).toContain('日期 Date');
  });

  it('a draft is marked DRAFT and carries no verification code', async () => {
    const text = pdfToText(await draft());
    expect(text).toContain('DRAFT');
    expect(text).not.toContain('K7QX-2M9D');
    expect(text).toContain('a verification code is given when the application is submitted');
  });

  it('another program in Chinese: Chinese labels only, no photo box, no signature line', async () => {
    const text = pdfToText(await ansoZh());
    expect(text).toContain('申请表');
    expect(text).toContain('国籍');
    expect(text).not.toContain('Nationality');
    expect(text).not.toContain('照片');
    expect(text).not.toContain('申请人签名');
    expect(text).toContain('验证码：K7QX-2M9D');
    expect(text).toContain('同时申请ANSO-CAS-TWAS/UNESCO');
    expect(text).toContain('最高学历');
    expect(text).toContain('硕士学位');
  });
});

describe('the PDF itself', () => {
  it('R-CSC-APPLY: draws a 35 mm × 45 mm photo box (99.21 × 127.56 pt) on the CSC form only', async () => {
    const box = / 99\.21\d* 127\.55\d* re\b/;
    expect(pdfStreams(await csc()).some((s) => box.test(s))).toBe(true);
    expect(pdfStreams(await ansoZh()).some((s) => box.test(s))).toBe(false);
  });

  it('embeds a subset of the CJK font (not the 8 MB file) and stays small', async () => {
    const pdf = await csc();
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansHans-Regular/);
    expect(raw).toContain('/FontFile3');
    expect(pdf.length).toBeLessThan(400_000);
  });
});

describe('print labels', () => {
  it('every field of every program and track has a print label in both languages', () => {
    const missing: string[] = [];
    for (const program of PROGRAMS)
      for (const track of program.tracks)
        for (const section of formSections(program.id, track.id)) {
          if (!isMessageKey(`print.section.${section.id}`)) missing.push(section.id);
          for (const field of section.fields)
            if (!isMessageKey(`print.field.${fieldKey(field.id)}`))
              missing.push(`${program.id}/${section.id}/${field.id}`);
        }
    expect(missing).toEqual([]);
  });

  it('the CSC form reads "中文 English"; other forms read in the applicant’s language', () => {
    expect(printText('csc', 'en').label('print.field.passport_number')).toBe(
      '护照号码 Passport No.',
    );
    expect(printText('csc', 'zh-CN').label('print.field.nationality')).toBe('国籍 Nationality');
    expect(printText('pifi', 'en').label('print.field.nationality')).toBe('Nationality');
    expect(printText('bgs', 'zh-CN').labelled('print.field.nationality', 'X')).toBe('国籍：X');
  });
});
