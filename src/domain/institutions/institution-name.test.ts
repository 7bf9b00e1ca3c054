import { describe, expect, it } from 'vitest';

import { institutionKey, isSameInstitution, normaliseInstitutionName } from './institution-name';

describe('R-REV-COI-INST: institution names are compared normalised', () => {
  it.each([
    ['University of Chinese Academy of Sciences', 'university of chinese academy of sciences'],
    [
      '  the   University of Chinese Academy of Sciences ',
      'university of chinese academy of sciences',
    ],
    [
      'The University of Science & Technology of China',
      'university of science and technology of china',
    ],
    [
      'University of Science and Technology of China.',
      'university of science and technology of china',
    ],
    ['Peking University (PKU)', 'peking university pku'],
    ['ＵＣＡＳ', 'ucas'],
    ['中国科学院大学（国科大）', '中国科学院大学 国科大'],
    ['Theatre Academy', 'theatre academy'],
    ['', ''],
  ])('%j → %j', (name, normalised) => {
    expect(normaliseInstitutionName(name)).toBe(normalised);
  });
});

describe('R-REV-COI-INST: known aliases are one institution', () => {
  it.each([
    ['UCAS', 'University of Chinese Academy of Sciences', true],
    ['中国科学院大学', 'the University of Chinese Academy of Sciences', true],
    ['ucas', '国科大', true],
    ['USTC', 'University of Science & Technology of China', true],
    ['中国科学技术大学', 'ustc', true],
    ['ＵＳＴＣ', 'USTC', true],
    ['UCAS', 'USTC', false],
    ['UCAS', 'Chinese Academy of Sciences', false],
    ['Lahore University of Management Sciences', 'LUMS', false],
    ['Lahore University of Management Sciences', 'lahore university of management sciences', true],
    ['', '', false],
    ['—', '...', false],
  ])('%j ~ %j → %s', (a, b, same) => {
    expect(isSameInstitution(a, b)).toBe(same);
    expect(isSameInstitution(b, a)).toBe(same);
  });

  it('an alias row is keyed by its first name', () => {
    expect(institutionKey('中国科学技术大学')).toBe('ustc');
  });
});
