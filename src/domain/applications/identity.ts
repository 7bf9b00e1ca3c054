/**
 * R-GEN-IDENTITY: a person across programs and hosts is passport number + issuing country +
 * date of birth, normalised (upper case, no spaces or separators).
 * @example identityKey({ passportNumber: 'ab 123-456', passportCountry: 'pk', birthOn: '1995-06-01' }) // 'AB123456|PK|1995-06-01'
 */
export function identityKey(p: {
  passportNumber: string;
  passportCountry: string;
  birthOn: string;
}): string {
  const number = p.passportNumber.toUpperCase().replace(/[\s\-./]/g, '');
  return `${number}|${p.passportCountry.trim().toUpperCase()}|${p.birthOn}`;
}
