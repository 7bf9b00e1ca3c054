// Monthly allowances of an award (R-GEN-HALF-MONTH, R-GEN-END, R-GEN-CAP, R-CSC-LIV-*, R-CSC-ABS,
// R-CSC-ACCOM, R-ANSO-STIPEND, R-BGS-CATS, R-PIFI-TERMS).
export * from './types';
export * from './absences';
export * from './day-sets';
export * from './compute-allowances';
