// R-BGS-ACAD: which BGS categories the academic record reaches.
import { bgsThresholds as T, type TBgsCategory, type TLocalized } from '@/domain/programs';

import {
  bgsAcademicsCurrentStudent,
  bgsAcademicsDegree,
  bgsAcademicsHighSchool,
  bgsAcademicsMissing,
  bgsAcademicsResearchScholar,
} from '../sentences/bgs';
import type { TFinderProfile, TReason } from '../types';
import { reason } from './general';

export const ALL: readonly TBgsCategory[] = ['A', 'B', 'C'];
export const B_AND_C: readonly TBgsCategory[] = ['B', 'C'];
const NONE: readonly TBgsCategory[] = [];

function atLeast(value: number | null, min: number): boolean {
  return value !== null && value >= min;
}

function judge(
  p: TFinderProfile,
  trackId: string,
): { categories: readonly TBgsCategory[]; text: TLocalized } {
  const a = p.academics;
  if (a === null) return { categories: NONE, text: bgsAcademicsMissing() };
  // Note: R-BGS-ACAD — research scholars come "in principle" from a QS top-500 university;
  // anyone else is the host's collective decision, so the finder answers review.
  if (trackId === 'research_scholar') {
    const categories = a.qsTop500 === true ? ALL : NONE;
    return { categories, text: bgsAcademicsResearchScholar(a.qsTop500, categories) };
  }
  // Note: R-BGS-ACAD — for a current student last year's average replaces the other tests.
  if (a.currentStudent) {
    const avg = a.lastYearAverage;
    const categories = atLeast(avg, T.averageCategoryA)
      ? ALL
      : atLeast(avg, T.averageCategoryBC)
        ? B_AND_C
        : NONE;
    return { categories, text: bgsAcademicsCurrentStudent(avg, categories) };
  }
  // Note: R-BGS-ACAD — "key institution" is a key high school for high-school leavers, whose
  // grades then decide the category; a GPA is on a 4-point scale.
  if (p.highestQualification === 'high_school') {
    const isKey = a.keyInstitution === true;
    const reachesA =
      isKey && (atLeast(a.averageScore, T.averageCategoryA) || atLeast(a.gpa, T.gpaCategoryA));
    const reachesB =
      isKey && (atLeast(a.averageScore, T.averageCategoryBC) || atLeast(a.gpa, T.gpaCategoryBC));
    const categories = reachesA ? ALL : reachesB ? B_AND_C : NONE;
    return {
      categories,
      text: bgsAcademicsHighSchool(a.keyInstitution, a.averageScore, a.gpa, categories),
    };
  }
  // Note: R-BGS-ACAD — a degree holder is judged on the previous degree-granting institution: a
  // QS top-500 university reaches A (and so B and C), a key university or institute B and C.
  const categories = a.qsTop500 === true ? ALL : a.keyInstitution === true ? B_AND_C : NONE;
  return { categories, text: bgsAcademicsDegree(a.qsTop500, a.keyInstitution, categories) };
}

/**
 * R-BGS-ACAD as a reason and the categories reached. No category reachable (or no record) is
 * "review": the host may accept other proof of excellence.
 * @example bgsAcademicsReason(profile, 'master').categories // ['A', 'B', 'C'] with qsTop500
 */
export function bgsAcademicsReason(
  p: TFinderProfile,
  trackId: string,
): { reason: TReason; categories: readonly TBgsCategory[] } {
  const { categories, text } = judge(p, trackId);
  const ok = categories.length > 0;
  return { reason: reason('R-BGS-ACAD', ok, text, !ok), categories };
}
