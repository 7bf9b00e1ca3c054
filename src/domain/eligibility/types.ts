import type { TBgsCategory, TLevel, TLocalized, TProgramId } from '@/domain/programs';

export type THighestQualification = 'high_school' | 'bachelor' | 'master' | 'doctorate';
export type TAcademicTitle = 'none' | 'associate_professor' | 'professor';
export type TStudyingInChina = 'none' | 'bachelor' | 'master' | 'doctorate';
export type TGender = 'female' | 'male' | 'other';

export type TAcademics = {
  /** The previous degree-granting university is in the QS World University Rankings top 500. */
  readonly qsTop500: boolean | null;
  /** A key high school (high-school leavers) or a key university or research institute. */
  readonly keyInstitution: boolean | null;
  /** Average score on a 100-point scale. */
  readonly averageScore: number | null;
  /** GPA on a 4-point scale. */
  readonly gpa: number | null;
  readonly currentStudent: boolean;
  /** Current students: last academic year's average (100-point scale). */
  readonly lastYearAverage: number | null;
};

/** The finder's applicant profile (the finder contract), after defaults are filled in. */
export type TFinderProfile = {
  /** The day the finder judges the call window on ('YYYY-MM-DD', Beijing). */
  readonly asOf: string;
  readonly intakeYear: number;
  readonly birthDate: string;
  /** ISO 3166-1 alpha-2, upper case. */
  readonly nationality: string;
  readonly gender: TGender | null;
  readonly formerChineseNationality: boolean;
  readonly inChina: boolean;
  readonly highestQualification: THighestQualification;
  readonly academicTitle: TAcademicTitle;
  readonly studyingInChina: TStudyingInChina;
  readonly level: TLevel;
  readonly subject: string | null;
  readonly teachingLanguage: 'english' | 'chinese';
  readonly english: {
    readonly native: boolean;
    readonly toefl: number | null;
    readonly ielts: number | null;
  };
  readonly hsk: number | null;
  readonly preAdmissionNotice: boolean;
  readonly academics: TAcademics | null;
  readonly host: string | null;
  readonly climateResearch: boolean;
  readonly twasConsideration: boolean;
  readonly otherScholarships: readonly { readonly name: string; readonly oneTime: boolean }[];
  /** R-GEN-AGE: overrides BGS's default reference date (1 September of the intake year). */
  readonly enrollmentDate: string | null;
};

export type TStatus = 'eligible' | 'ineligible' | 'review';

/**
 * One rule checked. `ok: false` without `review` makes the track ineligible; `review: true`
 * means an officer must judge (the finder cannot tell from the profile).
 */
export type TReason = {
  readonly rule: string;
  readonly ok: boolean;
  readonly review?: true;
  readonly en: string;
  readonly zh: string;
};

/** Whether the call is open on `asOf`; null when the window is set per host/agency and unknown. */
export type TCallState = {
  readonly open: boolean;
  /** First instant of the opening day in Beijing, as UTC ('…Z'). */
  readonly opensAt: string;
  /** 24:00 Beijing time of the deadline day, as UTC ('…T16:00:00Z', R-GEN-TIME). */
  readonly closesAt: string;
} | null;

export type TTrackResult = {
  readonly program: TProgramId;
  readonly track: string;
  readonly status: TStatus;
  /** BGS only: the categories reachable on the evidence given (R-BGS-LANG, R-BGS-ACAD). */
  readonly categories?: readonly TBgsCategory[];
  readonly call: TCallState;
  readonly reasons: readonly TReason[];
};

export type TFinderResult = { readonly results: readonly TTrackResult[] };

export type { TLocalized };
