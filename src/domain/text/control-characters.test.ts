import { describe, expect, it } from 'vitest';

import { hasForbiddenCharacter, type TTextKind } from './control-characters';

describe('hasForbiddenCharacter', () => {
  it.each<[string, string, TTextKind, boolean]>([
    ['plain text', 'Amina Khan', 'line', false],
    ['Chinese and an emoji (a surrogate pair)', '王芳 🎓', 'line', false],
    ['U+0000 in one line', 'a\u0000b', 'line', true],
    ['U+0000 in many lines', 'a\u0000b', 'multiline', true],
    ['U+0001', '\u0001', 'multiline', true],
    ['U+001F, the last C0 control', 'x\u001f', 'multiline', true],
    ['a space, the first character after C0', ' ', 'line', false],
    ['DEL', 'x\u007f', 'multiline', true],
    ['a C1 control (left alone)', 'x\u0085', 'line', false],
    ['TAB, LF, CR in many lines', 'one\r\n\ttwo\n', 'multiline', false],
    ['TAB in one line', 'Amina\tKhan', 'line', true],
    ['LF in one line', 'Amina\nKhan', 'line', true],
    ['a lone high surrogate', 'x\ud800y', 'line', true],
    ['a lone low surrogate', 'x\udc00', 'multiline', true],
    ['a high surrogate at the very end', 'x\ud83c', 'line', true],
  ])('%s → %s', (_name, text, kind, expected) => {
    expect(hasForbiddenCharacter(text, kind)).toBe(expected);
  });
});
