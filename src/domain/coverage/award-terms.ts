// Whether an award's terms make sense before any amount is computed: the level belongs to the
// program, BGS has a category, PIFI has its call's amount, a partial CSC award names its items.
// The contract schema reports these problems as input errors; the domain refuses them as bugs.
import { isLevelOf, LEVELS_BY_PROGRAM } from './levels';
import type { TAwardTerms, TCscItem, TRateOverrides } from './types';

/** A problem with an award's terms, naming the field as a dotted path. */
export type TTermsProblem = { path: string; message: string };

/**
 * The items an award covers (R-CSC-FULL: "full" is all four).
 * @example itemsOf('full').has('living') // true
 */
export function itemsOf(items: TAwardTerms['items']): ReadonlySet<TCscItem> {
  if (items === undefined || items === 'full') {
    return new Set<TCscItem>(['tuition', 'accommodation', 'living', 'insurance']);
  }
  return new Set(items);
}

/**
 * Problems with the terms of an award; empty when they are usable.
 * @example checkAwardTerms({ program: 'bgs', level: 'master', bgsCategory: null }) // [{ path: 'bgsCategory', … }]
 */
export function checkAwardTerms(terms: TAwardTerms, overrides: TRateOverrides = {}): TTermsProblem[] {
  const problems: TTermsProblem[] = [];
  if (!isLevelOf(terms.program, terms.level)) {
    const allowed = LEVELS_BY_PROGRAM[terms.program].join(' | ');
    problems.push({ path: 'level', message: `${terms.program} awards are for levels ${allowed}` });
  }
  if (terms.program === 'bgs' && !terms.bgsCategory) {
    problems.push({ path: 'bgsCategory', message: 'A BGS award needs its category A, B or C (R-BGS-CATS)' });
  }
  if (terms.program === 'pifi' && terms.monthlyAmountFen == null && overrides.monthlyFen == null) {
    problems.push({
      path: 'monthlyAmountFen',
      message: "A PIFI award needs the call's monthly amount in fen (R-PIFI-TERMS)",
    });
  }
  if (terms.program === 'csc' && Array.isArray(terms.items) && terms.items.length === 0) {
    problems.push({ path: 'items', message: 'A partial CSC scholarship names at least one item (R-CSC-FULL)' });
  }
  return problems;
}
