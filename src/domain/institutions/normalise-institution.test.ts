import { describe, expect, it } from 'vitest';

import { institutionEmailToken } from './email-domain';
import { institutionNameToken, normaliseInstitutionName } from './normalise-institution';

describe('R-REV-COI-INST: normaliseInstitutionName', () => {
  it.each([
    ['case', 'PEKING UNIVERSITY', 'peking university'],
    ['punctuation', 'Univ. of Nairobi, Kenya', 'univ of nairobi kenya'],
    ['leading "the"', 'The University of Tokyo', 'university of tokyo'],
    ['"the" inside a name stays', 'University of the Punjab', 'university of the punjab'],
    ['whitespace', '  Addis\tAbaba   University ', 'addis ababa university'],
    ['NFKC full-width letters', 'ＵＣＡＳ', 'ucas'],
    ['full-width brackets', '中国科学院（物理研究所）', '中国科学院物理研究所'],
    ['spaces beside Han characters', '中国科学院 大学', '中国科学院大学'],
    ['"&" is "and"', 'Science & Technology', 'science and technology'],
    ['Latin accents', 'École Polytechnique Fédérale', 'ecole polytechnique federale'],
    ['apostrophes', 'King’s College London', 'kings college london'],
    ['kana keep their marks', 'がくしゅういん', 'がくしゅういん'],
  ])('%s: %j → %j', (_, name, expected) => {
    expect(normaliseInstitutionName(name)).toBe(expected);
  });
});

describe('R-REV-COI-INST: institutionNameToken', () => {
  it.each([
    ['UCAS', 'alias:ucas'],
    ['University of Chinese Academy of Sciences', 'alias:ucas'],
    ['中国科学院大学', 'alias:ucas'],
    ['the university of chinese academy of sciences.', 'alias:ucas'],
    ['University of Chinese Academy of Sciences (UCAS)', 'alias:ucas'],
    ['ＵＳＴＣ', 'alias:ustc'],
    ['University of Science & Technology of China', 'alias:ustc'],
    ['中国科学技术大学', 'alias:ustc'],
    ['Chinese Academy of Sciences', 'alias:cas'],
    ['University of Texas (Austin)', 'name:university of texas austin'],
    ['   ', null],
    [null, null],
  ])('%j → %j', (name, token) => {
    expect(institutionNameToken(name)).toBe(token);
  });

  it('R-REV-COI-INST: CAS and its university are two institutions', () => {
    expect(institutionNameToken('CAS')).not.toBe(institutionNameToken('UCAS'));
  });

  it('R-REV-COI-INST: a known name and its mail domain give the same token', () => {
    expect(institutionNameToken('中国科学院大学')).toBe(
      institutionEmailToken('x@mails.ucas.ac.cn'),
    );
  });
});
