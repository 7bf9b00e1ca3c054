// Reason sentences about qualifications and English (R-CSC-ELIG, R-BGS-ELIG, R-PIFI-ELIG), with
// the actual values, in English and Chinese.
import type { TLocalized } from '@/domain/programs';

import type { TAcademicTitle, THighestQualification } from '../types';
import { QUALIFICATION, TITLE, yesNo } from './labels';

function joinFacts(facts: readonly TLocalized[]): TLocalized {
  return { en: facts.map((f) => f.en).join(', '), zh: facts.map((f) => f.zh).join('，') };
}

/**
 * A fact: the highest qualification.
 * @example factQualification('doctorate').en // 'highest qualification: doctorate'
 */
export function factQualification(q: THighestQualification): TLocalized {
  return {
    en: `highest qualification: ${QUALIFICATION[q].en}`,
    zh: `最高学历：${QUALIFICATION[q].zh}`,
  };
}

/**
 * A fact: the academic title.
 * @example factTitle('professor').zh // '职称：教授'
 */
export function factTitle(t: TAcademicTitle): TLocalized {
  return { en: `title: ${TITLE[t].en}`, zh: `职称：${TITLE[t].zh}` };
}

/**
 * A fact: the pre-admission notice (BGS preparatory).
 * @example factPreAdmissionNotice(false).en // 'pre-admission notice: no'
 */
export function factPreAdmissionNotice(has: boolean): TLocalized {
  const v = yesNo(has);
  return { en: `pre-admission notice: ${v.en}`, zh: `预录取通知书：${v.zh}` };
}

/**
 * A fact: current enrollment (BGS visiting).
 * @example factCurrentStudent(true).en // 'currently enrolled: yes'
 */
export function factCurrentStudent(is: boolean): TLocalized {
  const v = yesNo(is);
  return { en: `currently enrolled: ${v.en}`, zh: `在读：${v.zh}` };
}

/**
 * R-CSC-ELIG / R-BGS-ELIG / R-PIFI-ELIG: the facts against what the track needs.
 * @example qualificationNeeded([factQualification('bachelor')], trackNoun('doctoral'), { en: "a master's degree", zh: '硕士学位' }).en // 'highest qualification: bachelor's degree; the doctoral track needs a master's degree'
 */
export function qualificationNeeded(
  facts: readonly TLocalized[],
  track: TLocalized,
  needs: TLocalized,
): TLocalized {
  const f = joinFacts(facts);
  return {
    en: `${f.en}; the ${track.en} needs ${needs.en}`,
    zh: `${f.zh}；${track.zh}要求${needs.zh}`,
  };
}

/**
 * R-PIFI-ELIG: a title without a doctorate may be an equivalent; an officer decides.
 * @example pifiEquivalenceReview([factQualification('master'), factTitle('professor')]).en // 'highest qualification: master's degree, title: professor; the fellowship needs a PhD or equivalent: an officer decides whether this is equivalent'
 */
export function pifiEquivalenceReview(facts: readonly TLocalized[]): TLocalized {
  const f = joinFacts(facts);
  return {
    en: `${f.en}; the fellowship needs a PhD or equivalent: an officer decides whether this is equivalent`,
    zh: `${f.zh}；该人才计划要求博士或同等学位：由工作人员审核是否等同`,
  };
}

/**
 * R-PIFI-ELIG: English shown.
 * @example pifiEnglishShown({ en: 'native English', zh: '英语为母语' }).zh // '英语能力证明：英语为母语'
 */
export function pifiEnglishShown(evidence: TLocalized): TLocalized {
  return { en: `English proficiency shown by ${evidence.en}`, zh: `英语能力证明：${evidence.zh}` };
}

/**
 * R-PIFI-ELIG: no score and not native, so an officer judges other evidence.
 * @example pifiEnglishMissing().en // 'not a native English speaker and no TOEFL or IELTS score given: an officer judges other evidence of English'
 */
export function pifiEnglishMissing(): TLocalized {
  return {
    en: 'not a native English speaker and no TOEFL or IELTS score given: an officer judges other evidence of English',
    zh: '英语非母语且未提供托福或雅思成绩：由工作人员审核其他英语能力证明',
  };
}
