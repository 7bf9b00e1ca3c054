// The shape of a program as data. Each program's `program.ts` fills it in; `index.ts` validates
// every program at load with the zod schema in `program.schema.ts`.

/** A text shown to people: English and Chinese, always both. */
export type TLocalized = { readonly en: string; readonly zh: string };

export const PROGRAM_IDS = ['cas-anso', 'pifi', 'csc', 'bgs'] as const;
export type TProgramId = (typeof PROGRAM_IDS)[number];

/** The finder's level names (the finder contract); every track belongs to exactly one level. */
export const LEVELS = [
  'undergraduate',
  'preparatory',
  'master',
  'doctoral',
  'general_scholar',
  'senior_scholar',
  'visiting',
  'research_scholar',
  'fellow',
] as const;
export type TLevel = (typeof LEVELS)[number];

export const BGS_CATEGORIES = ['A', 'B', 'C'] as const;
export type TBgsCategory = (typeof BGS_CATEGORIES)[number];

/** Who pays (R-GEN-PAYRUN names these sponsors). */
export const SPONSOR_IDS = ['CAS', 'TWAS/UNESCO', 'CSC', 'Beijing', 'host'] as const;
export type TSponsorId = (typeof SPONSOR_IDS)[number];

/** Coverage item names; the amounts live in each program's `coverage.ts`. */
export const COVERAGE_ITEM_IDS = [
  'tuition',
  'stipend',
  'living',
  'accommodation',
  'insurance',
  'application_fee',
  'travel',
  'visa',
] as const;
export type TCoverageItemId = (typeof COVERAGE_ITEM_IDS)[number];

/** When a conditional document is needed. `null` on a document means "always". */
export const DOCUMENT_CONDITIONS = [
  'in_china',
  'current_student',
  'music',
  'fine_arts',
  'not_in_chinese_or_english',
  'chinese_taught',
  'english_taught_non_native',
  'has_hsk',
] as const;
export type TDocumentCondition = (typeof DOCUMENT_CONDITIONS)[number];

export type TTrack = {
  /** The track name used by the finder's results and by selection quotas. */
  readonly id: string;
  readonly level: TLevel;
  readonly name: TLocalized;
  /** R-GEN-AGE: the oldest age allowed on the reference date; null when not judged by age. */
  readonly maxAge: number | null;
  /** R-BGS-LEVELS: a non-degree BGS track is funded at another level's standard. */
  readonly fundedAtLevel: TLevel | null;
  /** The longest funded duration in months; null when set by the program's standard length. */
  readonly maxDurationMonths: number | null;
  /** A track inside another (TWAS inside PhD, R-ANSO-QUOTA); its awardees count in the parent's quota. */
  readonly parentTrack: string | null;
};

/** Default data of one call (e.g. the 2026 CAS-ANSO call): officers override it per call. */
export type TCallDefaults = {
  readonly intakeYear: number;
  /** null: the same dates for every host. */
  readonly host: string | null;
  /** First day applications are accepted ('YYYY-MM-DD', judged in Beijing, R-GEN-TIME). */
  readonly opensOn: string;
  /** Deadline day ('YYYY-MM-DD'): it includes the whole day, closing at 24:00 Beijing time. */
  readonly closesOn: string;
  /** R-ANSO-ELIG: earliest birth date per track, set by each call. */
  readonly bornOnOrAfter: Readonly<Record<string, string>>;
};

export type TCoverageItem = { readonly id: TCoverageItemId; readonly label: TLocalized };

export type TBgsCategorySpec = {
  readonly id: TBgsCategory;
  readonly items: readonly TCoverageItemId[];
};

export type TDocumentSpec = {
  readonly id: string;
  readonly label: TLocalized;
  readonly isRequired: boolean;
  /** null: needed in every case; otherwise only when the condition holds. */
  readonly condition: TDocumentCondition | null;
  /** null: every track of the program; otherwise the tracks that need it. */
  readonly tracks: readonly string[] | null;
  /** How many are needed (two referee letters); 1 when absent. */
  readonly count?: number;
  /** R-GEN-WORDS: the least number of characters/words. */
  readonly minWords?: number;
  readonly rule: string;
};

export type TReviewCriterion = {
  readonly id: string;
  readonly label: TLocalized;
  readonly description: TLocalized;
  /** The score scale; null when the host or agency sets it. */
  readonly scale: { readonly min: number; readonly max: number } | null;
  /** Relative weight among criteria; null when the host or agency sets it. */
  readonly weight: number | null;
  /** Only scored where held (PIFI interview). */
  readonly isOptional: boolean;
  readonly rule: string;
};

export type TContact = {
  readonly office: TLocalized;
  /** null: every track. */
  readonly tracks: readonly string[] | null;
  readonly person: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  readonly fax: string | null;
  readonly email: string | null;
  readonly url: string | null;
};

export type TProgram = {
  readonly id: TProgramId;
  readonly name: TLocalized;
  readonly shortName: TLocalized;
  readonly sponsors: readonly TSponsorId[];
  /** Host institutions named by the program; null when any host institution may run it. */
  readonly hosts: readonly string[] | null;
  readonly tracks: readonly TTrack[];
  /** Known calls' default data; a year with no entry has no window until an officer sets one. */
  readonly calls: readonly TCallDefaults[];
  /** Who sets the window when no call data is known, in plain words. */
  readonly windowNote: TLocalized;
  /** Default places per year, keyed by track id, BGS category, or `twasClimate`. */
  readonly quotas: Readonly<Record<string, number>>;
  readonly coverage: readonly TCoverageItem[];
  /** BGS only: the items each category covers (R-BGS-CATS). */
  readonly categories: readonly TBgsCategorySpec[] | null;
  readonly documents: readonly TDocumentSpec[];
  readonly reviewCriteria: readonly TReviewCriterion[];
  readonly contacts: readonly TContact[];
  readonly eligibility: TLocalized;
  /** The RULES.md ids this program's logic follows. */
  readonly rules: readonly string[];
};
