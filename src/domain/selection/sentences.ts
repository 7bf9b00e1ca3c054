// Reason sentences of selection, with the actual values, in English and Chinese.
import type { TLocalized } from '@/domain/programs';

import { trackNoun } from '../eligibility/sentences/labels';

/**
 * A quota key as a noun: a track ("master's track") or a BGS category ("Category A").
 * @example quotaNoun('A') // { en: 'Category A', zh: 'A类' }
 */
export function quotaNoun(key: string): TLocalized {
  if (key === 'A' || key === 'B' || key === 'C') return { en: `Category ${key}`, zh: `${key}类` };
  return trackNoun(key);
}

/**
 * R-ANSO-TWAS: one of the climate places.
 * @example twasClimatePlace(3, 10).en // 'ANSO-CAS-TWAS/UNESCO climate place 3 of 10: among the highest-ranked TWAS candidates with climate-related research (counted inside the PhD quota)'
 */
export function twasClimatePlace(place: number, of: number): TLocalized {
  return {
    en: `ANSO-CAS-TWAS/UNESCO climate place ${place} of ${of}: among the highest-ranked TWAS candidates with climate-related research (counted inside the PhD quota)`,
    zh: `ANSO-CAS-TWAS/UNESCO气候研究名额第${place}个（共${of}个）：从事气候相关研究且排名最高的TWAS候选人之一（计入博士名额）`,
  };
}

/**
 * R-ANSO-TWAS: one of the places filled by rank.
 * @example twasRankPlace(12, 40).en // 'ANSO-CAS-TWAS/UNESCO place 12 of 40, by rank among TWAS candidates (counted inside the PhD quota)'
 */
export function twasRankPlace(place: number, of: number): TLocalized {
  return {
    en: `ANSO-CAS-TWAS/UNESCO place ${place} of ${of}, by rank among TWAS candidates (counted inside the PhD quota)`,
    zh: `ANSO-CAS-TWAS/UNESCO名额第${place}个（共${of}个），按TWAS候选人排名录取（计入博士名额）`,
  };
}

/**
 * R-ANSO-QUOTA and the other programs' quotas: a place by rank.
 * @example quotaPlace(quotaNoun('phd'), 41, 300).en // 'PhD track place 41 of 300, by rank'
 */
export function quotaPlace(quota: TLocalized, place: number, of: number): TLocalized {
  return {
    en: `${quota.en} place ${place} of ${of}, by rank`,
    zh: `${quota.zh}名额第${place}个（共${of}个），按排名录取`,
  };
}

/**
 * A track with no quota in this call: nothing limits it.
 * @example noQuota(quotaNoun('fellow')).en // 'the fellowship has no quota in this call, so every eligible candidate is selected'
 */
export function noQuota(quota: TLocalized): TLocalized {
  return {
    en: `the ${quota.en} has no quota in this call, so every eligible candidate is selected`,
    zh: `本期${quota.zh}未设名额限制，全部合格候选人均入选`,
  };
}

/**
 * A full quota: a place on the waiting list.
 * @example waitlisted(quotaNoun('master'), 200, 1).zh // '硕士项目200个名额已满；候补第1位'
 */
export function waitlisted(quota: TLocalized, of: number, position: number): TLocalized {
  return {
    en: `all ${of} ${quota.en} places are filled; waiting list position ${position}`,
    zh: `${quota.zh}${of}个名额已满；候补第${position}位`,
  };
}

/**
 * R-GEN-NATIONALITY: a Chinese national in the pool.
 * @example chineseNational('MO').en // 'nationality MO: Chinese nationals, including holders of Hong Kong, Macao and Taiwan documents, cannot be selected'
 */
export function chineseNational(code: string): TLocalized {
  return {
    en: `nationality ${code}: Chinese nationals, including holders of Hong Kong, Macao and Taiwan documents, cannot be selected`,
    zh: `国籍${code}：中国公民（含持港澳台证件者）不能入选`,
  };
}

/**
 * R-ANSO-ONEHOST: the same person at two hosts in one call.
 * @example twoHosts(['UCAS', 'USTC'], ['a1', 'a2']).en // 'the same person applied for CAS-ANSO at UCAS and USTC in the same call (applications a1, a2); both are flagged for disqualification and an officer decides'
 */
export function twoHosts(hosts: readonly string[], ids: readonly string[]): TLocalized {
  return {
    en: `the same person applied for CAS-ANSO at ${hosts.join(' and ')} in the same call (applications ${ids.join(', ')}); both are flagged for disqualification and an officer decides`,
    zh: `同一申请人在同一年度同时向${hosts.join('和')}申请CAS-ANSO奖学金（申请${ids.join('、')}）；均标记为取消资格，由工作人员决定`,
  };
}

/**
 * R-GEN-IDENTITY: the same person twice in one pool.
 * @example duplicatePerson(['a1', 'a2']).en // 'the same person has 2 applications in this call (a1, a2); none is selected until an officer decides'
 */
export function duplicatePerson(ids: readonly string[]): TLocalized {
  return {
    en: `the same person has ${ids.length} applications in this call (${ids.join(', ')}); none is selected until an officer decides`,
    zh: `同一申请人在本期有${ids.length}份申请（${ids.join('、')}）；在工作人员决定前均不入选`,
  };
}

/**
 * R-GEN-CONCURRENT / R-BGS-CONCURRENT: another recurring award is held.
 * @example holdsRecurringAward(['csc']).en // 'holds another recurring award (csc); nobody holds two awards paying a living allowance or stipend for the same days (an officer may record an exception)'
 */
export function holdsRecurringAward(programs: readonly string[]): TLocalized {
  return {
    en: `holds another recurring award (${programs.join(', ')}); nobody holds two awards paying a living allowance or stipend for the same days (an officer may record an exception)`,
    zh: `已享受其他长期奖学金（${programs.join('、')}）；不得同时享受两项按月发放生活费或补助的奖学金（工作人员可记录例外）`,
  };
}
