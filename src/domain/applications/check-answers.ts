import { hasForbiddenCharacter } from '../text/control-characters';
import type { TAnswers, TFormField, TFormSection } from './form-definition';
import { countWords } from './word-count';

/** One problem with an answer: where, and which message key says what is wrong. */
export type TAnswerProblem = {
  section: string;
  field: string;
  code:
    | 'required'
    | 'invalid_date'
    | 'invalid_email'
    | 'invalid_number'
    | 'too_long'
    | 'too_few_words'
    | 'invalid_choice'
    | 'control_character';
  /** For too_few_words: how many there are and how many are needed. */
  count?: number;
  minimum?: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function checkField(
  section: string,
  f: TFormField,
  value: string | undefined,
  isSubmission: boolean,
): TAnswerProblem | null {
  // Note: before anything else — PostgreSQL cannot store U+0000 (domain/text says which
  // characters free text may not hold); a one-line field takes no line break or tab either.
  if (
    value !== undefined &&
    hasForbiddenCharacter(value, f.kind === 'textarea' ? 'multiline' : 'line')
  )
    return { section, field: f.id, code: 'control_character' };
  const v = (value ?? '').trim();
  if (v === '')
    return isSubmission && f.isRequired ? { section, field: f.id, code: 'required' } : null;
  if (f.maxLength !== undefined && v.length > f.maxLength)
    return { section, field: f.id, code: 'too_long' };
  if (
    f.kind === 'date' &&
    (!DATE.test(v) ||
      Number.isNaN(Date.parse(`${v}T00:00:00Z`)) ||
      new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v)
  ) {
    return { section, field: f.id, code: 'invalid_date' };
  }
  if (f.kind === 'email' && !EMAIL.test(v)) return { section, field: f.id, code: 'invalid_email' };
  if (f.kind === 'number' && !/^\d+(\.\d+)?$/.test(v))
    return { section, field: f.id, code: 'invalid_number' };
  if (
    (f.kind === 'choice' && f.choices && !f.choices.includes(v)) ||
    (f.kind === 'yes_no' && v !== 'yes' && v !== 'no')
  ) {
    return { section, field: f.id, code: 'invalid_choice' };
  }
  if (isSubmission && f.minWords !== undefined) {
    // Note: R-GEN-WORDS / R-CSC-APPLY — the study plan needs at least 800 characters/words.
    const count = countWords(v);
    if (count < f.minWords)
      return { section, field: f.id, code: 'too_few_words', count, minimum: f.minWords };
  }
  return null;
}

/**
 * The problems of a form's answers. While drafting only what is typed is checked (a draft may
 * be partial); at submission every required field must be there too.
 * @example checkAnswers(formSections('csc', 'doctoral'), answers, { isSubmission: true })
 */
export function checkAnswers(
  sections: readonly TFormSection[],
  answers: TAnswers,
  opts: { isSubmission: boolean },
): TAnswerProblem[] {
  const problems: TAnswerProblem[] = [];
  for (const s of sections) {
    for (const f of s.fields) {
      const p = checkField(s.id, f, answers[s.id]?.[f.id], opts.isSubmission);
      if (p) problems.push(p);
    }
  }
  return problems;
}
