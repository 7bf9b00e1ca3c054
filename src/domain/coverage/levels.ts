// Which levels each program funds, and at which CSC row (R-CSC-CATS, R-BGS-LEVELS).
import { LEVELS } from '@/domain/programs/types';

import type { TFundingBand, TProgramId, TStudyLevel } from './types';

/** Every level, in the finder's order (the programs' own list). */
export const STUDY_LEVELS = LEVELS satisfies readonly TStudyLevel[];

/** The levels an award of each program can have. */
export const LEVELS_BY_PROGRAM: Readonly<Record<TProgramId, readonly TStudyLevel[]>> = {
  'cas-anso': ['master', 'doctoral'],
  pifi: ['fellow'],
  csc: ['undergraduate', 'preparatory', 'master', 'doctoral', 'general_scholar', 'senior_scholar'],
  bgs: ['undergraduate', 'preparatory', 'master', 'doctoral', 'visiting', 'research_scholar'],
};

const BAND_BY_LEVEL: Partial<Record<TStudyLevel, TFundingBand>> = {
  undergraduate: 'undergraduate',
  // Note: R-CSC-ACCOM and R-BGS-LEVELS fund preparatory students at undergraduate level.
  preparatory: 'undergraduate',
  master: 'master',
  general_scholar: 'master',
  // Note: R-BGS-LEVELS: visiting students at master's level, research scholars at doctoral.
  visiting: 'master',
  doctoral: 'doctoral',
  senior_scholar: 'doctoral',
  research_scholar: 'doctoral',
};

/**
 * True when `level` is a level the program awards.
 * @example isLevelOf('cas-anso', 'fellow') // false
 */
export function isLevelOf(program: TProgramId, level: TStudyLevel): boolean {
  return LEVELS_BY_PROGRAM[program].includes(level);
}

/**
 * The CSC table row a CSC or BGS level is funded at; null for CAS-ANSO and PIFI levels.
 * @example fundingBandOf('visiting') // 'master'
 */
export function fundingBandOf(level: TStudyLevel): TFundingBand | null {
  return BAND_BY_LEVEL[level] ?? null;
}
