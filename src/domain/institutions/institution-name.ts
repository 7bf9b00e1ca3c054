import { INSTITUTION_ALIASES } from './institution-aliases';

/**
 * An institution's name as the conflict rules compare it (R-REV-COI-INST): full-width forms
 * folded (NFKC), lower case, "&" read as "and", other punctuation and symbols gone, whitespace
 * collapsed, a leading "the" dropped.
 * @example normaliseInstitutionName('  The University of Science & Technology of China ') // 'university of science and technology of china'
 * @example normaliseInstitutionName('ＵＣＡＳ') // 'ucas'
 */
export function normaliseInstitutionName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

const canonicalByAlias = new Map<string, string>(
  INSTITUTION_ALIASES.flatMap((names) => {
    const canonical = normaliseInstitutionName(names[0]!);
    return names.map((n) => [normaliseInstitutionName(n), canonical] as const);
  }),
);

/**
 * The key an institution is compared by: its known alias row's first name, else its own
 * normalised name; empty for a name that is only punctuation or blank.
 * @example institutionKey('中国科学院大学') === institutionKey('University of Chinese Academy of Sciences') // true
 */
export function institutionKey(name: string): string {
  const normalised = normaliseInstitutionName(name);
  return canonicalByAlias.get(normalised) ?? normalised;
}

/**
 * Whether two names mean the same institution (R-REV-COI-INST). Blank names never match.
 * @example isSameInstitution('UCAS', 'the University of Chinese Academy of Sciences') // true
 */
export function isSameInstitution(a: string, b: string): boolean {
  const key = institutionKey(a);
  return key !== '' && key === institutionKey(b);
}
