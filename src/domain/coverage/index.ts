// Coverage: award terms, levels, the monthly plan and the annual summary.
export * from './types';
export * from './levels';
export * from './award-terms';
export * from './monthly-plan';
export * from './annual-summary';
