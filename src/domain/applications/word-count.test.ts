import { describe, expect, it } from 'vitest';

import { countWords } from './word-count';

describe('countWords', () => {
  it.each([
    ['', 0, 'empty'],
    ['   \n\t ', 0, 'whitespace only'],
    ['Rice yields in the Sahel.', 5, 'English words; the full stop counts nothing'],
    ['我的研究计划', 6, 'each Han character counts one'],
    ['我的研究计划 is about rice.', 9, 'Han characters and English words together'],
    ['水稻，产量！', 4, 'Chinese punctuation counts nothing'],
    ["don't stop", 2, 'an apostrophe does not split a word'],
    ['CO2 2026', 2, 'numbers are words'],
  ])('R-GEN-WORDS: %j → %i (%s)', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });

  it('R-GEN-WORDS: 799 words are fewer than the CSC minimum of 800, 800 are enough', () => {
    expect(countWords('word '.repeat(799))).toBe(799);
    expect(countWords('word '.repeat(800))).toBe(800);
    expect(countWords('研'.repeat(800))).toBe(800);
  });
});
