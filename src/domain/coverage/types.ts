// Vocabulary of awards and what they cover, shared by coverage and allowances.

/** The four programs. */
export type TProgramId = 'cas-anso' | 'pifi' | 'csc' | 'bgs';

/** Levels of study, as the finder names them (CAS-ANSO uses master | doctoral, PIFI fellow). */
export type TStudyLevel =
  | 'undergraduate'
  | 'preparatory'
  | 'master'
  | 'doctoral'
  | 'general_scholar'
  | 'senior_scholar'
  | 'visiting'
  | 'research_scholar'
  | 'fellow';

/** CSC subject categories (R-CSC-CATS). */
export type TSubjectCategory = 'I' | 'II' | 'III';

/** BGS categories (R-BGS-CATS). */
export type TBgsCategory = 'A' | 'B' | 'C';

/** Who pays a line (R-GEN-PAYRUN). */
// Note: 'host' is the host institution; the same ids as TSponsorId in programs/types.ts.
export type TSponsor = 'CAS' | 'TWAS/UNESCO' | 'CSC' | 'Beijing' | 'host';

/** The four items of a CSC or BGS scholarship (R-CSC-FULL, R-BGS-CATS). */
export type TCscItem = 'tuition' | 'accommodation' | 'living' | 'insurance';

/** Every item any program covers. */
export type TCoverageItem = TCscItem | 'stipend' | 'application_fee' | 'travel' | 'visa';

/** The three rows of the CSC table a level is funded at (R-CSC-TABLE, R-BGS-LEVELS). */
export type TFundingBand = 'undergraduate' | 'master' | 'doctoral';

/** The items of a CSC scholarship: all four, or a non-empty subset (R-CSC-FULL). */
export type TAwardItems = 'full' | readonly TCscItem[];

/** What an award is, as far as its amounts go. */
export type TAwardTerms = {
  program: TProgramId;
  level: TStudyLevel;
  subjectCategory?: TSubjectCategory | null;
  bgsCategory?: TBgsCategory | null;
  items?: TAwardItems;
  twas?: boolean;
  inChinaAtApplication?: boolean;
  /** PIFI: the call's monthly amount (R-PIFI-TERMS). */
  monthlyAmountFen?: number | null;
};

/**
 * Per-call amounts an officer set; each one left out takes the program's default. `capMonths`
 * null removes the cap.
 */
export type TRateOverrides = {
  monthlyFen?: number | null;
  monthlyAfterQualificationFen?: number | null;
  accommodationMonthlyFen?: number | null;
  insuranceAnnualFen?: number | null;
  capMonths?: number | null;
};
