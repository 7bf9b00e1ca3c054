// Qualification requirements of the CSC (R-CSC-ELIG) and BGS (R-BGS-ELIG) tracks, as data.
import type { TLocalized } from '@/domain/programs';

import {
  factCurrentStudent,
  factPreAdmissionNotice,
  factQualification,
  factTitle,
  qualificationNeeded,
} from '../sentences/qualification';
import { trackNoun } from '../sentences/labels';
import type { THighestQualification, TFinderProfile, TReason } from '../types';
import { reason } from './general';

const RANK: Readonly<Record<THighestQualification, number>> = {
  high_school: 0,
  bachelor: 1,
  master: 2,
  doctorate: 3,
};

type TRequirement = {
  readonly min: THighestQualification;
  /** An associate professor or higher title also satisfies it (senior / research scholar). */
  readonly titleCounts?: boolean;
  /** BGS visiting: current undergraduate or master's enrollment also satisfies it. */
  readonly enrollmentCounts?: boolean;
  /** BGS preparatory: a pre-admission notice for a bachelor's program is needed as well. */
  readonly needsNotice?: boolean;
  readonly needs: TLocalized;
};

const HIGH_SCHOOL = { en: 'a high-school diploma', zh: '高中毕业学历' };
const BACHELOR = { en: "a bachelor's degree or equivalent", zh: '学士学位或同等学历' };
// Note: R-CSC-ELIG / R-BGS-ELIG — a doctorate satisfies "a master's degree": qualifications are
// ranked high school < bachelor < master < doctorate and "X or more" reads as rank ≥ X.
const MASTER = {
  en: "a master's degree (a doctorate also counts)",
  zh: '硕士学位（博士学位亦可）',
};
const MASTER_OR_TITLE = {
  en: "a master's degree or more, or an associate professor or higher title",
  zh: '硕士及以上学位或副教授及以上职称',
};

export const CSC_REQUIREMENTS: Readonly<Record<string, TRequirement>> = {
  undergraduate: { min: 'high_school', needs: HIGH_SCHOOL },
  master: { min: 'bachelor', needs: BACHELOR },
  doctoral: { min: 'master', needs: MASTER },
  general_scholar: {
    min: 'high_school',
    needs: { en: 'a high-school diploma or more', zh: '高中毕业及以上学历' },
  },
  senior_scholar: { min: 'master', titleCounts: true, needs: MASTER_OR_TITLE },
};

export const BGS_REQUIREMENTS: Readonly<Record<string, TRequirement>> = {
  undergraduate: { min: 'high_school', needs: HIGH_SCHOOL },
  preparatory: {
    min: 'high_school',
    needsNotice: true,
    needs: {
      en: "a high-school diploma and a pre-admission notice for a bachelor's program",
      zh: '高中毕业学历及本科专业预录取通知书',
    },
  },
  master: { min: 'bachelor', needs: BACHELOR },
  doctoral: { min: 'master', needs: MASTER },
  visiting: {
    min: 'bachelor',
    enrollmentCounts: true,
    needs: {
      en: "a bachelor's degree or equivalent, or current undergraduate or master's enrollment",
      zh: '学士学位或同等学历，或本科、硕士在读',
    },
  },
  research_scholar: { min: 'master', titleCounts: true, needs: MASTER_OR_TITLE },
};

/**
 * Whether the profile meets a track's qualification requirement, as a reason.
 * Note: R-BGS-ELIG — "current enrollment" (visiting) is the profile's `academics.currentStudent`
 * or studying for a bachelor's or master's degree in China now, since the profile says no more.
 * @example qualificationReason('R-CSC-ELIG', CSC_REQUIREMENTS.doctoral, profile, 'doctoral')
 */
export function qualificationReason(
  rule: string,
  req: TRequirement,
  p: TFinderProfile,
  trackId: string,
): TReason {
  const facts = [factQualification(p.highestQualification)];
  let ok = RANK[p.highestQualification] >= RANK[req.min];
  if (req.titleCounts) {
    facts.push(factTitle(p.academicTitle));
    ok ||= p.academicTitle !== 'none';
  }
  if (req.enrollmentCounts) {
    const enrolled =
      (p.academics?.currentStudent ?? false) ||
      p.studyingInChina === 'bachelor' ||
      p.studyingInChina === 'master';
    facts.push(factCurrentStudent(enrolled));
    ok ||= enrolled;
  }
  if (req.needsNotice) {
    facts.push(factPreAdmissionNotice(p.preAdmissionNotice));
    ok &&= p.preAdmissionNotice;
  }
  return reason(rule, ok, qualificationNeeded(facts, trackNoun(trackId), req.needs));
}
