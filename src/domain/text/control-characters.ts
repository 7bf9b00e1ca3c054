// Which characters free text may hold. PostgreSQL cannot store U+0000 in `text` or `jsonb`,
// nor a lone UTF-16 surrogate in `jsonb`; the other C0 controls and DEL are storable but no
// keyboard types them, they are invisible on the page and in the printed form, and CR/LF in a
// one-line value can split an email header or a CSV row. So:
// - one-line text (names, titles, ids): no C0 control at all (U+0000–U+001F) and no DEL;
// - multi-line text (letters, plans, addresses): the same, except TAB, LF and CR, which typing
//   and pasting produce.
// C1 controls (U+0080–U+009F) are left alone: storable, and refusing them would refuse text
// pasted from older Windows documents that shows nothing wrong to its author.

export type TTextKind = 'line' | 'multiline';

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;

/**
 * Whether `text` holds a character free text may not: a control character (see above) or half
 * of a surrogate pair.
 * @example hasForbiddenCharacter('a\u0000b', 'multiline') // true
 * @example hasForbiddenCharacter('line one\r\n\tline two', 'multiline') // false
 * @example hasForbiddenCharacter('Amina\tKhan', 'line') // true
 */
export function hasForbiddenCharacter(text: string, kind: TTextKind): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20) {
      if (kind === 'multiline' && (c === TAB || c === LF || c === CR)) continue;
      return true;
    }
    if (c === 0x7f) return true;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
  }
  return false;
}
