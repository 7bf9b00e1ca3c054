import type { TProgramId } from '@/domain/programs';

// The application form of each program as data: its sections and their fields. Pages render
// from it, the completeness check reads it, and the printable PDF lays it out.

export type TFieldKind =
  'text' | 'textarea' | 'date' | 'email' | 'number' | 'country' | 'choice' | 'yes_no';

export type TFormField = {
  readonly id: string;
  readonly kind: TFieldKind;
  readonly isRequired: boolean;
  /** choice: the allowed values (labels are i18n keys `form_choice.<field>.<value>`). */
  readonly choices?: readonly string[];
  /** R-GEN-WORDS: the least number of characters/words (CSC study plan: 800). */
  readonly minWords?: number;
  readonly maxLength?: number;
  /** Only for these tracks; absent: every track. */
  readonly tracks?: readonly string[];
};

export type TFormSection = { readonly id: TSectionId; readonly fields: readonly TFormField[] };

export const SECTION_IDS = [
  'personal',
  'education',
  'language',
  'plan',
  'host',
  'program',
] as const;
export type TSectionId = (typeof SECTION_IDS)[number];

/** Everything typed into an application: section → field → text, exactly as entered. */
export type TAnswers = Partial<Record<TSectionId, Record<string, string>>>;

const text = (id: string, isRequired = true, maxLength = 200): TFormField => ({
  id,
  kind: 'text',
  isRequired,
  maxLength,
});

/** Up to three schools or universities, most recent first; the first is required. */
const EDUCATION_ROWS = 3;
/** What the finder needs to judge the applicant at submission (R-CSC-ELIG, R-ANSO-ELIG, …). */
const qualificationFields: TFormField[] = [
  { id: 'highestQualification', kind: 'choice', isRequired: true, choices: ['high_school', 'bachelor', 'master', 'doctorate'] },
  { id: 'academicTitle', kind: 'choice', isRequired: false, choices: ['none', 'associate_professor', 'professor'] },
  { id: 'studyingInChina', kind: 'choice', isRequired: true, choices: ['none', 'bachelor', 'master', 'doctorate'] },
];
const educationFields: TFormField[] = Array.from({ length: EDUCATION_ROWS }, (_, i) => [
  text(`edu_${i}_institution`, i === 0),
  { id: `edu_${i}_country`, kind: 'country' as const, isRequired: i === 0 },
  text(`edu_${i}_qualification`, i === 0),
  text(`edu_${i}_field`, false),
  { id: `edu_${i}_from`, kind: 'date' as const, isRequired: i === 0 },
  { id: `edu_${i}_to`, kind: 'date' as const, isRequired: false },
]).flat();

// Name, nationality, passport and birth date live in the applicant's profile, held once for
// every application (R-GEN-IDENTITY); the form asks only what may differ per application.
const personal: TFormSection = {
  id: 'personal',
  fields: [
    { id: 'phone', kind: 'text', isRequired: true, maxLength: 40 },
    { id: 'address', kind: 'textarea', isRequired: true, maxLength: 500 },
    { id: 'inChina', kind: 'yes_no', isRequired: true },
  ],
};

const language: TFormSection = {
  id: 'language',
  fields: [
    { id: 'englishNative', kind: 'yes_no', isRequired: true },
    { id: 'toefl', kind: 'number', isRequired: false },
    { id: 'ielts', kind: 'number', isRequired: false },
    { id: 'hsk', kind: 'number', isRequired: false },
    { id: 'otherEvidence', kind: 'textarea', isRequired: false, maxLength: 1000 },
  ],
};

function plan(minWords?: number): TFormSection {
  return {
    id: 'plan',
    fields: [
      text('title', true, 300),
      {
        id: 'text',
        kind: 'textarea',
        isRequired: true,
        maxLength: 60_000,
        ...(minWords ? { minWords } : {}),
      },
    ],
  };
}

const host: TFormSection = {
  id: 'host',
  fields: [
    text('department'),
    text('subject'),
    text('supervisorName', false),
    { id: 'supervisorEmail', kind: 'email', isRequired: false },
  ],
};

const PROGRAM_SECTIONS: Record<TProgramId, TFormSection> = {
  'cas-anso': {
    id: 'program',
    fields: [
      // Note: R-ANSO-TWAS — the box is offered to PhD applicants only.
      { id: 'twasConsideration', kind: 'yes_no', isRequired: true, tracks: ['phd'] },
      { id: 'climateResearch', kind: 'yes_no', isRequired: true, tracks: ['phd'] },
      { id: 'noOtherAssignment', kind: 'yes_no', isRequired: true },
    ],
  },
  pifi: {
    id: 'program',
    fields: [
      {
        id: 'careerStage',
        kind: 'choice',
        isRequired: true,
        choices: ['postdoctoral', 'early_career', 'established'],
      },
      {
        id: 'priorityArea',
        kind: 'choice',
        isRequired: true,
        choices: ['energy', 'environment', 'health', 'artificial_intelligence', 'other'],
      },
      { id: 'phdAwardedOn', kind: 'date', isRequired: true },
    ],
  },
  csc: {
    id: 'program',
    fields: [
      // R-CSC-APPLY: through the home country's dispatching authority, quoting the agency number.
      text('dispatchingAuthority'),
      { id: 'agencyNumber', kind: 'text', isRequired: true, maxLength: 10 },
      { id: 'subjectCategory', kind: 'choice', isRequired: true, choices: ['I', 'II', 'III'] },
    ],
  },
  bgs: {
    id: 'program',
    fields: [
      { id: 'teachingLanguage', kind: 'choice', isRequired: true, choices: ['english', 'chinese'] },
      { id: 'currentStudent', kind: 'yes_no', isRequired: true },
      {
        id: 'otherScholarship',
        kind: 'choice',
        isRequired: true,
        choices: ['none', 'one_time', 'recurring'],
      },
    ],
  },
};

/**
 * The sections of a program's form for one track, with the fields that apply to it.
 * @example formSections('csc', 'doctoral').find((s) => s.id === 'plan')?.fields[1]?.minWords // 800
 */
export function formSections(programId: TProgramId, track: string): TFormSection[] {
  const sections = [
    personal,
    { id: 'education' as const, fields: [...qualificationFields, ...educationFields] },
    language,
    plan(programId === 'csc' ? 800 : undefined),
    host,
    PROGRAM_SECTIONS[programId],
  ];
  return sections.map((s) => ({
    ...s,
    fields: s.fields.filter((f) => !f.tracks || f.tracks.includes(track)),
  }));
}
