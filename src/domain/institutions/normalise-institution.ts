import { INSTITUTION_ALIASES } from './institution-aliases';

/**
 * What an institution is compared by (R-REV-COI-INST): a known institution by its alias id, any
 * other by its normalised name (`name:`), or by the registrable domain of a mail address
 * (`domain:`, see `institutionEmailToken`). Two people share an institution when a token is equal.
 */
export type TInstitutionToken = `alias:${string}` | `name:${string}` | `domain:${string}`;

/**
 * R-REV-COI-INST: an institution's name in the form names are compared in. NFKC (full-width
 * letters, digits and brackets become ASCII), lower case, accents on Latin letters dropped,
 * apostrophes dropped, "&" read as "and", other punctuation and symbols as spaces, one space
 * between words and none beside a Han character, and no leading "the".
 * @example normaliseInstitutionName('The University of Chinese Academy of Sciences.') // 'university of chinese academy of sciences'
 * @example normaliseInstitutionName('ＵＣＡＳ') // 'ucas'
 * @example normaliseInstitutionName('中国科学院 大学') // '中国科学院大学'
 */
export function normaliseInstitutionName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (?=\p{Script=Han})|(?<=\p{Script=Han}) /gu, '');
}

const ALIAS_BY_NAME: ReadonlyMap<string, string> = new Map(
  INSTITUTION_ALIASES.flatMap((a) => a.names.map((n) => [normaliseInstitutionName(n), a.id])),
);

/**
 * The alias id of a known institution's name, of its part outside brackets, or of a part inside
 * them, so "University of Chinese Academy of Sciences (UCAS)" is UCAS; null when unknown.
 * @example institutionAliasOf('中国科学技术大学') // 'ustc'
 */
export function institutionAliasOf(name: string): string | null {
  const text = name.normalize('NFKC');
  const parts = [
    text,
    text.replace(/\([^)]*\)/g, ' '),
    ...[...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!),
  ];
  for (const part of parts) {
    const id = ALIAS_BY_NAME.get(normaliseInstitutionName(part));
    if (id !== undefined) return id;
  }
  return null;
}

/**
 * The token a current institution's name is compared by; null for no name (nothing to compare).
 * Bracketed parts stay in the name of an unknown institution: "University of Texas (Austin)" and
 * "University of Texas (Dallas)" are two institutions.
 * @example institutionNameToken('University of Chinese Academy of Sciences') // 'alias:ucas'
 * @example institutionNameToken('The Université Laval') // 'name:universite laval'
 */
export function institutionNameToken(name: string | null): TInstitutionToken | null {
  if (name === null) return null;
  const alias = institutionAliasOf(name);
  if (alias !== null) return `alias:${alias}`;
  const key = normaliseInstitutionName(name);
  return key === '' ? null : `name:${key}`;
}
