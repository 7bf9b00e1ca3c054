// R-CSC-CATS: the subject categories that set the CSC tuition standard. Subjects are the lower
// case names the finder contract uses; the English document's own words are accepted as aliases.

export type TCscSubjectCategory = 'I' | 'II' | 'III';

const CATEGORY_BY_SUBJECT: Readonly<Record<string, TCscSubjectCategory>> = {
  philosophy: 'I',
  economics: 'I',
  law: 'I',
  education: 'I',
  pedagogy: 'I',
  literature: 'I',
  history: 'I',
  management: 'I',
  administration: 'I',
  science: 'II',
  engineering: 'II',
  agriculture: 'II',
  agronomy: 'II',
  arts: 'III',
  literature_arts: 'III',
  fine_arts: 'III',
  music: 'III',
  medicine: 'III',
};

/** The subject names the finder and forms offer (aliases excluded). */
export const CSC_SUBJECTS = [
  'philosophy',
  'economics',
  'law',
  'education',
  'literature',
  'history',
  'management',
  'science',
  'engineering',
  'agriculture',
  'arts',
  'fine_arts',
  'music',
  'medicine',
] as const;

/**
 * The CSC subject category of a discipline, or null when the name is not one of R-CSC-CATS.
 * Note: R-CSC-CATS — an interdisciplinary program takes its primary discipline's category, so
 * the caller passes the primary discipline.
 * @example cscSubjectCategory('engineering') // 'II'
 * @example cscSubjectCategory('Literature (arts)') // 'III'
 */
export function cscSubjectCategory(subject: string): TCscSubjectCategory | null {
  const key = subject
    .toLowerCase()
    .replace(/[^a-z]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return CATEGORY_BY_SUBJECT[key] ?? null;
}
