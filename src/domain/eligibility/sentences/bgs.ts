// Reason sentences of R-BGS-LANG and R-BGS-ACAD, with the actual values, in English and Chinese.
import { bgsThresholds as T, type TBgsCategory, type TLocalized } from '@/domain/programs';

import { categoryList, valueOrNone, yesNo } from './labels';

const CATEGORY_A_ENGLISH = {
  en: `Category A's TOEFL ${T.toeflCategoryA} or IELTS ${T.ieltsCategoryA}`,
  zh: `A类要求的托福${T.toeflCategoryA}分或雅思${T.ieltsCategoryA}分`,
};

function reach(categories: readonly TBgsCategory[]): TLocalized {
  if (categories.length === 0)
    return {
      en: 'no category reachable; the host may accept other proof of excellence',
      zh: '无可达类别；培养单位可集体审定其他优秀证明',
    };
  const list = categoryList(categories);
  return { en: list.en, zh: `可申请${list.zh}` };
}

/**
 * R-BGS-LANG: Chinese-taught programs need an HSK level.
 * @example bgsHsk(3, 4, trackNoun('master')).en // 'Chinese-taught: HSK 3; the master's track needs HSK 4 or above'
 */
export function bgsHsk(hsk: number | null, min: number, track: TLocalized): TLocalized {
  return {
    en: `Chinese-taught: ${hsk === null ? 'no HSK result' : `HSK ${hsk}`}; the ${track.en} needs HSK ${min} or above`,
    zh: `汉语授课：${hsk === null ? '无HSK成绩' : `HSK${hsk}级`}；${track.zh}要求HSK${min}级及以上`,
  };
}

/**
 * R-BGS-LANG: a native English speaker needs no certificate.
 * @example bgsEnglishNative().en // 'English-taught: native English speaker, no certificate needed; categories A, B and C'
 */
export function bgsEnglishNative(): TLocalized {
  return {
    en: 'English-taught: native English speaker, no certificate needed; categories A, B and C',
    zh: '英语授课：英语为母语，无需语言证书；可申请A、B、C类',
  };
}

/**
 * R-BGS-LANG: a score that reaches Category A.
 * @example bgsEnglishCategoryA({ en: 'TOEFL 90', zh: '托福90分' }).en // 'English-taught: TOEFL 90 meets Category A's TOEFL 85 or IELTS 6.5; categories A, B and C'
 */
export function bgsEnglishCategoryA(evidence: TLocalized): TLocalized {
  return {
    en: `English-taught: ${evidence.en} meets ${CATEGORY_A_ENGLISH.en}; categories A, B and C`,
    zh: `英语授课：${evidence.zh}达到${CATEGORY_A_ENGLISH.zh}；可申请A、B、C类`,
  };
}

/**
 * R-BGS-LANG: a certificate below Category A's threshold.
 * @example bgsEnglishBelowA({ en: 'TOEFL 80', zh: '托福80分' }).en // 'English-taught: TOEFL 80 is a certificate but below Category A's TOEFL 85 or IELTS 6.5; categories B and C'
 */
export function bgsEnglishBelowA(evidence: TLocalized): TLocalized {
  return {
    en: `English-taught: ${evidence.en} is a certificate but below ${CATEGORY_A_ENGLISH.en}; categories B and C`,
    zh: `英语授课：${evidence.zh}低于${CATEGORY_A_ENGLISH.zh}；可申请B、C类`,
  };
}

/**
 * R-BGS-LANG: no certificate from a non-native speaker, so an officer checks.
 * @example bgsEnglishMissing().zh // '英语授课：未提供语言证书；非英语母语者须提供公认的语言证书（A类：托福85分、雅思6.5分或工作人员认可的同等证明）'
 */
export function bgsEnglishMissing(): TLocalized {
  return {
    en: `English-taught: no language certificate given; non-native speakers need a recognised one (Category A: TOEFL ${T.toeflCategoryA}, IELTS ${T.ieltsCategoryA} or an equivalent an officer accepts)`,
    zh: `英语授课：未提供语言证书；非英语母语者须提供公认的语言证书（A类：托福${T.toeflCategoryA}分、雅思${T.ieltsCategoryA}分或工作人员认可的同等证明）`,
  };
}

/**
 * R-BGS-ACAD: no academic record in the profile.
 * @example bgsAcademicsMissing().en // 'no academic record given: the host judges the categories from other proof of excellence'
 */
export function bgsAcademicsMissing(): TLocalized {
  return {
    en: 'no academic record given: the host judges the categories from other proof of excellence',
    zh: '未填写学业情况：由培养单位根据其他优秀证明审定类别',
  };
}

/**
 * R-BGS-ACAD: research scholars come from a QS top-500 university in principle.
 * @example bgsAcademicsResearchScholar(true, ['A', 'B', 'C']).en // 'research scholar, from a QS top-500 university: yes; categories A, B and C'
 */
export function bgsAcademicsResearchScholar(
  qsTop500: boolean | null,
  categories: readonly TBgsCategory[],
): TLocalized {
  const qs = yesNo(qsTop500);
  const r = reach(categories);
  return {
    en: `research scholar, from a QS top-500 university: ${qs.en}; ${r.en}`,
    zh: `研究学者，来自QS前500名大学：${qs.zh}；${r.zh}`,
  };
}

/**
 * R-BGS-ACAD: a current student is judged on last year's average.
 * @example bgsAcademicsCurrentStudent(82, ['B', 'C']).en // 'current student, last year's average: 82 (A needs 85, B and C need 80); categories B and C'
 */
export function bgsAcademicsCurrentStudent(
  lastYearAverage: number | null,
  categories: readonly TBgsCategory[],
): TLocalized {
  const avg = valueOrNone(lastYearAverage);
  const r = reach(categories);
  return {
    en: `current student, last year's average: ${avg.en} (A needs ${T.averageCategoryA}, B and C need ${T.averageCategoryBC}); ${r.en}`,
    zh: `在读学生，上一学年平均成绩：${avg.zh}（A类要求${T.averageCategoryA}分，B、C类要求${T.averageCategoryBC}分）；${r.zh}`,
  };
}

/**
 * R-BGS-ACAD: a high-school leaver is judged on a key high school and its grades.
 * @example bgsAcademicsHighSchool(true, 86, null, ['A', 'B', 'C']).zh // '重点高中：是，平均成绩：86，GPA：无（A类要求85分或GPA 3.6，B、C类要求80分或GPA 3）；可申请A、B、C类'
 */
export function bgsAcademicsHighSchool(
  keyInstitution: boolean | null,
  averageScore: number | null,
  gpa: number | null,
  categories: readonly TBgsCategory[],
): TLocalized {
  const key = yesNo(keyInstitution);
  const avg = valueOrNone(averageScore);
  const g = valueOrNone(gpa);
  const r = reach(categories);
  return {
    en: `key high school: ${key.en}, average: ${avg.en}, GPA: ${g.en} (A needs ${T.averageCategoryA} or GPA ${T.gpaCategoryA}, B and C need ${T.averageCategoryBC} or GPA ${T.gpaCategoryBC}); ${r.en}`,
    zh: `重点高中：${key.zh}，平均成绩：${avg.zh}，GPA：${g.zh}（A类要求${T.averageCategoryA}分或GPA ${T.gpaCategoryA}，B、C类要求${T.averageCategoryBC}分或GPA ${T.gpaCategoryBC}）；${r.zh}`,
  };
}

/**
 * R-BGS-ACAD: a degree holder is judged on the previous degree-granting institution.
 * @example bgsAcademicsDegree(false, true, ['B', 'C']).en // 'previous degree from a QS top-500 university: no, from a key university or research institute: yes; categories B and C'
 */
export function bgsAcademicsDegree(
  qsTop500: boolean | null,
  keyInstitution: boolean | null,
  categories: readonly TBgsCategory[],
): TLocalized {
  const qs = yesNo(qsTop500);
  const key = yesNo(keyInstitution);
  const r = reach(categories);
  return {
    en: `previous degree from a QS top-500 university: ${qs.en}, from a key university or research institute: ${key.en}; ${r.en}`,
    zh: `前一学位来自QS前500名大学：${qs.zh}，来自重点大学或科研院所：${key.zh}；${r.zh}`,
  };
}
