import { formSections, type TFormSection } from '@/domain/applications/form-definition';
import { findTrack, getProgram } from '@/domain/programs';
import type { TLocale } from '@/i18n/locales';
import { isMessageKey, type TMessageKey } from '@/i18n/translate';

import { PdfFormWriter } from './pdf-form-writer';
import type { TPrintableApplication } from './printable-application';
import { EMPTY, printText, type TPrintText } from './print-text';

const EDUCATION_COLUMNS = ['institution', 'country', 'qualification', 'field'] as const;

function applicationRows(input: TPrintableApplication, text: TPrintText): [string, string][] {
  const program = getProgram(input.programId);
  const track = findTrack(input.programId, input.track);
  return [
    [text.label('print.field.program'), text.name(program.name)],
    [text.label('print.field.track'), track ? text.name(track.name) : input.track],
    [text.label('print.field.host'), input.host ? text.name(input.host.name) : EMPTY],
    [text.label('print.field.intake_year'), String(input.call.intakeYear)],
    [text.label('print.field.receipt_number'), input.receiptNumber ?? EMPTY],
    [
      text.label('print.field.submitted_at'),
      input.submittedAt && input.isSubmitted
        ? text.dateTime(input.submittedAt)
        : text.sentence('print.not_submitted'),
    ],
    [
      text.label('print.field.verification_code'),
      input.isSubmitted && input.verificationCode
        ? input.verificationCode
        : text.sentence('print.no_code'),
    ],
  ];
}

function profileRows(input: TPrintableApplication, text: TPrintText): [string, string][] {
  const p = input.applicant.profile;
  const gender = p?.gender ? `gender.${p.gender}` : '';
  return [
    [text.label('print.field.family_name'), p?.familyName || EMPTY],
    [text.label('print.field.given_names'), p?.givenNames || EMPTY],
    [text.label('print.field.name_zh'), p?.nameZh || EMPTY],
    [
      text.label('print.field.gender'),
      isMessageKey(gender) ? text.label(gender) : (p?.gender ?? EMPTY),
    ],
    [text.label('print.field.nationality'), p ? text.country(p.nationality) : EMPTY],
    [text.label('print.field.passport_number'), p?.passportNumber || EMPTY],
    [text.label('print.field.passport_country'), p ? text.country(p.passportCountry) : EMPTY],
    [text.label('print.field.birth_on'), p?.birthOn || EMPTY],
    [text.label('print.field.email'), input.applicant.email],
  ];
}

/** Education as a table: one line per school, in the order the form asks for them. */
function educationTable(
  w: PdfFormWriter,
  section: TFormSection,
  answers: Record<string, string>,
  text: TPrintText,
) {
  // Fields other than the school rows (highest qualification, …) print as rows above.
  for (const field of section.fields.filter((f) => !f.id.startsWith('edu_')))
    w.row(text.fieldLabel(field.id), text.fieldValue(field, answers[field.id]));
  const indexes = [...new Set(section.fields.map((f) => /^edu_(\d+)_/.exec(f.id)?.[1]))];
  const rows: string[][] = [];
  for (const i of indexes) {
    if (i === undefined) continue;
    const cell = (name: string) => answers[`edu_${i}_${name}`]?.trim() ?? '';
    const [institution, country, qualification, field] = EDUCATION_COLUMNS.map(cell);
    const period = [cell('from'), cell('to')].filter(Boolean).join(' – ');
    if (!institution && !country && !qualification && !field && !period) continue;
    rows.push([
      institution || EMPTY,
      country ? text.country(country) : EMPTY,
      qualification || EMPTY,
      field || EMPTY,
      period || EMPTY,
    ]);
  }
  const headers = [...EDUCATION_COLUMNS, 'period'].map((c) => text.fieldLabel(`edu_0_${c}`));
  w.table(headers, [0.3, 0.15, 0.18, 0.19, 0.18], rows.length ? rows : [[EMPTY, '', '', '', '']]);
}

function sectionRows(
  w: PdfFormWriter,
  section: TFormSection,
  answers: Record<string, string>,
  text: TPrintText,
) {
  for (const field of section.fields)
    w.row(text.fieldLabel(field.id), text.fieldValue(field, answers[field.id]));
}

function listTables(w: PdfFormWriter, input: TPrintableApplication, text: TPrintText) {
  w.heading(text.label('print.section.referees'));
  w.table(
    ['name', 'title', 'institution'].map((c) =>
      text.label(`print.field.referee_${c}` as TMessageKey),
    ),
    [0.3, 0.25, 0.45],
    input.referees.length
      ? input.referees.map((r) => [r.name, r.title, r.institution])
      : [[text.label('print.none'), '', '']],
  );
  const specs = getProgram(input.programId).documents;
  w.heading(text.label('print.section.documents'));
  w.table(
    ['document', 'document_file', 'document_pages'].map((c) =>
      text.label(`print.field.${c}` as TMessageKey),
    ),
    [0.5, 0.38, 0.12],
    input.documents.length
      ? input.documents.map((d) => {
          const spec = specs.find((s) => s.id === d.slot);
          const name = spec ? spec.label[text.locale === 'zh-CN' ? 'zh' : 'en'] : d.slot;
          const role = d.role === 'translation' ? ` ${text.sentence('print.translation')}` : '';
          return [`${name}${role}`, d.fileName, d.pageCount === null ? EMPTY : String(d.pageCount)];
        })
      : [[text.label('print.none'), '', '']],
  );
}

/**
 * The printed application form as a PDF: the submitted data in the applicant's language
 * (Chinese beside English on the bilingual CSC form), with an embedded CJK font subset, a
 * verification code on every page, and for CSC a 35×45 mm photo box and a signature line. An
 * application not yet submitted prints as a clearly marked DRAFT with no verification code.
 * @example const pdf = await renderApplicationPdf(printable, printable.applicant.locale);
 */
export async function renderApplicationPdf(
  input: TPrintableApplication,
  locale: TLocale,
): Promise<Buffer> {
  const text = printText(input.programId, locale);
  const program = getProgram(input.programId);
  const isCsc = input.programId === 'csc';
  const profile = input.applicant.profile;
  const w = new PdfFormWriter({
    title: text.sentence('print.title', {
      program: program.name[locale === 'zh-CN' ? 'zh' : 'en'],
    }),
    author: profile ? `${profile.familyName} ${profile.givenNames}` : input.applicant.email,
    language: locale,
  });

  if (isCsc) w.photoBox(text.label('print.photo'), text.sentence('print.photo_size'));
  const formTitle = `print.title_${input.programId}`;
  if (text.isBilingual && isMessageKey(formTitle)) {
    const [zh, en] = text.sentences(formTitle);
    w.title([
      { text: zh ?? '', size: 17, isBold: true },
      { text: en ?? '', size: 12.5, isBold: true },
      { text: text.name(program.name), size: 9 },
    ]);
  } else {
    const title = text.sentence('print.title', { program: text.name(program.name) });
    w.title([{ text: title, size: 15, isBold: true }]);
  }
  if (!input.isSubmitted) w.notice(text.sentence('print.draft_notice'), '#b03a2e');
  w.notice(text.sentence('print.generated', { at: text.dateTime(input.generatedAt) }));

  w.heading(text.label('print.section.application'));
  for (const [label, value] of applicationRows(input, text)) w.row(label, value);

  for (const section of formSections(input.programId, input.track)) {
    const answers = input.answers[section.id] ?? {};
    w.heading(text.label(`print.section.${section.id}`));
    if (section.id === 'personal')
      for (const [label, value] of profileRows(input, text)) w.row(label, value);
    if (section.id === 'education') educationTable(w, section, answers, text);
    else sectionRows(w, section, answers, text);
  }
  listTables(w, input, text);

  if (isCsc) {
    w.heading(text.label('print.section.declaration'));
    w.signature(
      text.sentences('print.declaration'),
      text.labelled('print.signature', ''),
      text.labelled('print.date', ''),
    );
  }

  const code = input.isSubmitted ? input.verificationCode : null;
  const verifyHref = code ? `${input.verifyUrl}?code=${encodeURIComponent(code)}` : '';
  return w.finish(
    {
      lines: (page, total) => [
        [
          text.labelled('print.field.verification_code', code ?? EMPTY),
          text.labelled('print.field.receipt_number', input.receiptNumber ?? EMPTY),
          text.sentence('print.page', { n: page, total }),
        ].join('   ·   '),
        code
          ? text.sentence('print.verify_how', { url: verifyHref })
          : text.sentence('print.draft_no_code'),
      ],
    },
    input.isSubmitted ? null : text.label('print.draft_mark'),
  );
}
