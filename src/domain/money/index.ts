// Money in integer fen (R-GEN-MONEY).
export * from './money';
export * from './format-yuan';
