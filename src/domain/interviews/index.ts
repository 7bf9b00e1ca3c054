// Interviews (issue 11 point 7): slot rules, times in Beijing and the applicant's zone, and the
// calendar file's content.
export * from './slot-rules';
export * from './time-zones';
export * from './calendar-event';
