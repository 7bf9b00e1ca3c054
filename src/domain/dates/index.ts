// Dates for the whole codebase: plain dates, months, half months, inclusive ranges, day-number
// interval sets and Beijing time (R-GEN-TIME, R-GEN-DATES, R-GEN-HALF-MONTH).
export * from './plain-date';
export * from './year-month';
export * from './half-month';
export * from './academic-year';
export * from './date-range';
export * from './day-intervals';
export * from './beijing-time';
