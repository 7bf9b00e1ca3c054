// China's public holidays (R-CSC-ABS): announced lists, statutory days, officers' lists.
export * from './announced';
export * from './statutory';
export * from './public-holidays';
