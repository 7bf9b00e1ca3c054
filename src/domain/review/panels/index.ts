// Panel rules that need no I/O: what of a rubric an officer may set (R-REV-SCORE) and the
// discipline an application is matched on (R-REV-ASSIGN).
export * from './rubric';
export * from './discipline';
