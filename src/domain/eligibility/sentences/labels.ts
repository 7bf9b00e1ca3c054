// Nouns the reason sentences share, in English and Chinese. The contract returns both languages,
// so they live in the domain rather than in the i18n catalogues.
import type { TBgsCategory, TLocalized } from '@/domain/programs';

import type { TAcademicTitle, THighestQualification, TStudyingInChina } from '../types';

export const QUALIFICATION: Readonly<Record<THighestQualification, TLocalized>> = {
  high_school: { en: 'high school', zh: '高中' },
  bachelor: { en: "bachelor's degree", zh: '学士学位' },
  master: { en: "master's degree", zh: '硕士学位' },
  doctorate: { en: 'doctorate', zh: '博士学位' },
};

export const TITLE: Readonly<Record<TAcademicTitle, TLocalized>> = {
  none: { en: 'none', zh: '无' },
  associate_professor: { en: 'associate professor', zh: '副教授' },
  professor: { en: 'professor', zh: '教授' },
};

/** The degree someone is studying for in China, as a noun. */
export const STUDYING: Readonly<Record<Exclude<TStudyingInChina, 'none'>, TLocalized>> = {
  bachelor: { en: "bachelor's degree", zh: '学士学位' },
  master: { en: "master's degree", zh: '硕士学位' },
  doctorate: { en: 'doctorate', zh: '博士学位' },
};

const TRACK: Readonly<Record<string, TLocalized>> = {
  master: { en: "master's track", zh: '硕士项目' },
  phd: { en: 'PhD track', zh: '博士项目' },
  twas: { en: 'ANSO-CAS-TWAS/UNESCO track', zh: 'ANSO-CAS-TWAS/UNESCO博士项目' },
  undergraduate: { en: 'undergraduate track', zh: '本科项目' },
  preparatory: { en: 'preparatory track', zh: '预科项目' },
  doctoral: { en: 'doctoral track', zh: '博士项目' },
  general_scholar: { en: 'general scholar track', zh: '普通进修生项目' },
  senior_scholar: { en: 'senior scholar track', zh: '高级进修生项目' },
  visiting: { en: 'visiting student track', zh: '访问学生项目' },
  research_scholar: { en: 'research scholar track', zh: '研究学者项目' },
  fellow: { en: 'fellowship', zh: '该人才计划' },
};

/**
 * A track as a noun phrase ("master's track" / "硕士项目").
 * @example trackNoun('phd') // { en: 'PhD track', zh: '博士项目' }
 */
export function trackNoun(trackId: string): TLocalized {
  return TRACK[trackId] ?? { en: `${trackId} track`, zh: `${trackId}项目` };
}

/**
 * "A, B and C" / "A、B、C类"; callers pass a non-empty list.
 * @example categoryList(['A', 'B', 'C']) // { en: 'categories A, B and C', zh: 'A、B、C类' }
 */
export function categoryList(categories: readonly TBgsCategory[]): TLocalized {
  const en =
    categories.length > 1
      ? `${categories.slice(0, -1).join(', ')} and ${categories[categories.length - 1]}`
      : categories.join('');
  return { en: `categories ${en}`, zh: `${categories.join('、')}类` };
}

/**
 * A score or level, or "none" when absent.
 * @example valueOrNone(null) // { en: 'none', zh: '无' }
 */
export function valueOrNone(value: number | null): TLocalized {
  return value === null ? { en: 'none', zh: '无' } : { en: String(value), zh: String(value) };
}

/**
 * Yes, no, or not given.
 * @example yesNo(true) // { en: 'yes', zh: '是' }
 */
export function yesNo(value: boolean | null): TLocalized {
  if (value === null) return { en: 'not given', zh: '未填写' };
  return value ? { en: 'yes', zh: '是' } : { en: 'no', zh: '否' };
}

/**
 * Evidence of English named in a sentence.
 * @example englishEvidence({ native: false, toefl: 90, ielts: null }) // { en: 'a TOEFL score (90)', zh: '托福成绩（90分）' }
 */
export function englishEvidence(english: {
  native: boolean;
  toefl: number | null;
  ielts: number | null;
}): TLocalized | null {
  if (english.native) return { en: 'native English', zh: '英语为母语' };
  if (english.toefl !== null)
    return { en: `a TOEFL score (${english.toefl})`, zh: `托福成绩（${english.toefl}分）` };
  if (english.ielts !== null)
    return { en: `an IELTS score (${english.ielts})`, zh: `雅思成绩（${english.ielts}分）` };
  return null;
}

/**
 * Names of declared scholarships, joined for a sentence.
 * @example scholarshipNames(['CSC', '']) // { en: 'CSC, unnamed', zh: 'CSC、未命名' }
 */
export function scholarshipNames(names: readonly string[]): TLocalized {
  const shown = names.map((n) => n.trim());
  return {
    en: shown.map((n) => n || 'unnamed').join(', '),
    zh: shown.map((n) => n || '未命名').join('、'),
  };
}
