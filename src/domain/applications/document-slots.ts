import {
  getProgram,
  type TDocumentCondition,
  type TDocumentSpec,
  type TProgramId,
} from '../programs';
import { isPhysicalExamValid } from './physical-exam';
import type { TAnswers } from './form-definition';

// The document slots of one application: which of its program's documents apply to its track,
// which conditions hold on its answers, and what is still missing.

/**
 * How a slot is filled. `upload`: the applicant uploads a file. `referees`: the referees upload
 * their letters through their own links (R-GEN-REFEREE). `form`: the application form itself
 * holds it (the study plan typed with its word count, the system-generated online form, the
 * CAS-ANSO declaration). `translations`: met by a translation beside each document the applicant
 * marks as neither Chinese nor English (R-CSC-APPLY).
 */
export type TSlotSource = 'upload' | 'referees' | 'form' | 'translations';

/** Whether a slot's condition holds on the answers; `unknown` when the answers do not say. */
export type TConditionState = 'always' | 'holds' | 'not_holds' | 'unknown';

export type TDocumentSlot = {
  readonly spec: TDocumentSpec;
  readonly source: TSlotSource;
  readonly condition: TConditionState;
  /** Required and its condition holds. Unknown conditions count as not required. */
  readonly isNeeded: boolean;
  /** How many files the slot takes (spec.count, else 1). */
  readonly count: number;
};

/** The part of a stored document the slot rules read. */
export type TSlotDocument = {
  readonly id: string;
  readonly slot: string;
  readonly role: string;
  readonly isOtherLanguage: boolean;
  readonly translationOfId: string | null;
  readonly issuedOn: string | null;
};

export type TMissingDocument =
  | {
      readonly slot: string;
      readonly reason: 'missing';
      readonly needed: number;
      readonly has: number;
    }
  | { readonly slot: string; readonly reason: 'translation_missing'; readonly documentId: string }
  | {
      readonly slot: string;
      readonly reason: 'physical_exam_too_old';
      readonly examOn: string | null;
    };

/** The CSC physical examination form's slot (R-CSC-ELIG); its date is kept as `issuedOn`. */
export const PHYSICAL_EXAM_SLOT = 'physical_exam';

// Note: slots filled elsewhere than this page, per program ('*' for every program).
const SOURCE_BY_SLOT: Readonly<Record<string, TSlotSource>> = {
  '*/referee_letters': 'referees',
  '*/notarised_translations': 'translations',
  '*/research_proposal': 'form',
  'csc/study_plan': 'form',
  'cas-anso/application_form': 'form',
  'pifi/application_form': 'form',
  'cas-anso/no_other_assignment': 'form',
};

function sourceOf(programId: TProgramId, spec: TDocumentSpec): TSlotSource {
  if (spec.condition === 'not_in_chinese_or_english') return 'translations';
  return SOURCE_BY_SLOT[`${programId}/${spec.id}`] ?? SOURCE_BY_SLOT[`*/${spec.id}`] ?? 'upload';
}

const YES = new Set(['yes', 'true', 'on', '1']);
const NO = new Set(['no', 'false', 'off', '0']);

function yesNo(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  const v = value.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : null;
}

function state(value: boolean | null): TConditionState {
  return value === null ? 'unknown' : value ? 'holds' : 'not_holds';
}

/** A field's value from whichever section holds it (the form's sections may move fields). */
function answer(answers: TAnswers, field: string): string | undefined {
  for (const section of Object.values(answers)) {
    const v = section?.[field];
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

function subjectIs(answers: TAnswers, subject: string): boolean | null {
  const s = answer(answers, 'subject');
  if (s === undefined) return null;
  return (
    s
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, '_') === subject
  );
}

/**
 * Reads a document condition from the application's answers (and its documents, for the
 * translation condition). What the answers do not say is `unknown`.
 * @example conditionState('in_china', { personal: { inChina: 'yes' } }, []) // 'holds'
 */
export function conditionState(
  condition: TDocumentCondition,
  answers: TAnswers,
  documents: readonly TSlotDocument[],
): TConditionState {
  switch (condition) {
    case 'in_china':
      return state(yesNo(answer(answers, 'inChina')));
    case 'current_student':
      return state(yesNo(answer(answers, 'currentStudent')));
    case 'music':
      return state(subjectIs(answers, 'music'));
    case 'fine_arts':
      return state(subjectIs(answers, 'fine_arts'));
    case 'has_hsk':
      return answer(answers, 'hsk') === undefined ? 'not_holds' : 'holds';
    case 'chinese_taught': {
      const lang = answer(answers, 'teachingLanguage');
      return lang === undefined ? 'unknown' : state(lang === 'chinese');
    }
    case 'english_taught_non_native': {
      const lang = answer(answers, 'teachingLanguage');
      const native = yesNo(answer(answers, 'englishNative'));
      if (lang === 'chinese' || native === true) return 'not_holds';
      if (lang === undefined || native === null) return 'unknown';
      return 'holds';
    }
    case 'not_in_chinese_or_english':
      return state(documents.some((d) => d.role === 'original' && d.isOtherLanguage));
  }
}

/**
 * The document slots of a program's track, with their conditions judged on the answers.
 * Note: a condition the answers do not settle (`unknown`) is treated as not required, so an
 * unanswered question never blocks submission by itself; the slot is still shown.
 * @example documentSlots('csc', 'doctoral', {}, []).find((s) => s.spec.id === 'physical_exam')?.isNeeded // true
 */
export function documentSlots(
  programId: TProgramId,
  track: string,
  answers: TAnswers,
  documents: readonly TSlotDocument[],
): TDocumentSlot[] {
  return getProgram(programId)
    .documents.filter((spec) => spec.tracks === null || spec.tracks.includes(track))
    .map((spec) => {
      const condition =
        spec.condition === null ? 'always' : conditionState(spec.condition, answers, documents);
      return {
        spec,
        source: sourceOf(programId, spec),
        condition,
        isNeeded: spec.isRequired && (condition === 'always' || condition === 'holds'),
        count: spec.count ?? 1,
      };
    });
}

/**
 * What the applicant still has to upload for a complete application: each needed upload slot
 * short of its count, each document marked as neither Chinese nor English without its
 * translation (where the program asks for translations, R-CSC-APPLY), and — given the
 * submission date — a CSC physical examination form older than six months (R-CSC-ELIG).
 * Referee letters and what the form itself holds are checked elsewhere and never listed here.
 * @example missingDocuments({ programId: 'pifi', track: 'fellow', answers: {}, documents: [] }).length > 0 // true
 */
export function missingDocuments(input: {
  programId: TProgramId;
  track: string;
  answers: TAnswers;
  documents: readonly TSlotDocument[];
  /** The Beijing date of submission, to judge the physical examination form's validity. */
  submittedOn?: string;
}): TMissingDocument[] {
  const slots = documentSlots(input.programId, input.track, input.answers, input.documents);
  const originals = input.documents.filter((d) => d.role === 'original');
  const missing: TMissingDocument[] = [];
  for (const slot of slots) {
    if (!slot.isNeeded) continue;
    if (slot.source === 'upload') {
      const has = originals.filter((d) => d.slot === slot.spec.id);
      if (has.length < slot.count) {
        missing.push({
          slot: slot.spec.id,
          reason: 'missing',
          needed: slot.count,
          has: has.length,
        });
      } else if (slot.spec.id === PHYSICAL_EXAM_SLOT && input.submittedOn !== undefined) {
        const examOn = has[0]?.issuedOn ?? null;
        if (!examOn || !isPhysicalExamValid(examOn, input.submittedOn))
          missing.push({ slot: slot.spec.id, reason: 'physical_exam_too_old', examOn });
      }
    } else if (slot.source === 'translations') {
      for (const doc of originals.filter((d) => d.isOtherLanguage)) {
        const isTranslated = input.documents.some(
          (t) => t.role === 'translation' && t.translationOfId === doc.id,
        );
        if (!isTranslated)
          missing.push({ slot: doc.slot, reason: 'translation_missing', documentId: doc.id });
      }
    }
  }
  return missing;
}
