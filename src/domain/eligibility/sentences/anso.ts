// Reason sentences of R-ANSO-ELIG and R-ANSO-TWAS, with the actual values, in English and Chinese.
import type { TCountry } from '@/domain/countries/countries';
import type { TLocalized } from '@/domain/programs';

/**
 * R-ANSO-ELIG: born on or after the call's date.
 * @example ansoBirth('1995-12-31', '1996-01-01', trackNoun('master')).zh // '出生于1995-12-31；硕士项目要求1996-01-01或之后出生'
 */
export function ansoBirth(birthDate: string, cutoff: string, track: TLocalized): TLocalized {
  return {
    en: `born ${birthDate}; the ${track.en} needs ${cutoff} or later`,
    zh: `出生于${birthDate}；${track.zh}要求${cutoff}或之后出生`,
  };
}

/**
 * R-ANSO-ELIG: the call for this intake year has no birth-date limit yet.
 * @example ansoBirthUnset('1995-12-31', 2027, trackNoun('master')).en // 'born 1995-12-31; the 2027 call has not set the master's track's birth-date limit yet: an officer checks'
 */
export function ansoBirthUnset(
  birthDate: string,
  intakeYear: number,
  track: TLocalized,
): TLocalized {
  return {
    en: `born ${birthDate}; the ${intakeYear} call has not set the ${track.en}'s birth-date limit yet: an officer checks`,
    zh: `出生于${birthDate}；${intakeYear}年度招生尚未设定${track.zh}的出生日期要求：由工作人员审核`,
  };
}

/**
 * R-ANSO-ELIG: not studying in China for the barred degree.
 * @example ansoNotStudyingInChina(STUDYING.master).en // 'not studying for a master's degree in China'
 */
export function ansoNotStudyingInChina(barred: TLocalized): TLocalized {
  return {
    en: `not studying for a ${barred.en} in China`,
    zh: `目前未在中国攻读${barred.zh}`,
  };
}

/**
 * R-ANSO-ELIG: studying in China for the very degree the track bars.
 * @example ansoStudyingBarred(STUDYING.master, trackNoun('master')).en // 'studying for a master's degree in China now; the master's track is closed to current master's degree students in China'
 */
export function ansoStudyingBarred(barred: TLocalized, track: TLocalized): TLocalized {
  return {
    en: `studying for a ${barred.en} in China now; the ${track.en} is closed to current ${barred.en} students in China`,
    zh: `目前正在中国攻读${barred.zh}；${track.zh}不接受正在中国攻读${barred.zh}的学生`,
  };
}

/**
 * R-ANSO-ELIG: studying in China for another degree, which does not bar the track.
 * @example ansoStudyingOther(STUDYING.master, trackNoun('phd')).en // 'studying for a master's degree in China, which does not bar the PhD track'
 */
export function ansoStudyingOther(current: TLocalized, track: TLocalized): TLocalized {
  return {
    en: `studying for a ${current.en} in China, which does not bar the ${track.en}`,
    zh: `目前在中国攻读${current.zh}，不影响申请${track.zh}`,
  };
}

/**
 * R-ANSO-ELIG: proficiency shown.
 * @example ansoLanguageShown({ en: 'HSK 5', zh: 'HSK5级' }).en // 'English or Chinese proficiency shown by HSK 5'
 */
export function ansoLanguageShown(evidence: TLocalized): TLocalized {
  return {
    en: `English or Chinese proficiency shown by ${evidence.en}`,
    zh: `英语或汉语能力证明：${evidence.zh}`,
  };
}

/**
 * R-ANSO-ELIG: no evidence of proficiency, so an officer checks.
 * @example ansoLanguageMissing(3).en // 'no evidence of English or Chinese proficiency (native English, a TOEFL or IELTS score, or HSK 4 or above); HSK 3 is below level 4: an officer checks'
 */
export function ansoLanguageMissing(hsk: number | null): TLocalized {
  const below =
    hsk === null
      ? { en: '', zh: '' }
      : { en: `; HSK ${hsk} is below level 4`, zh: `；HSK${hsk}级低于四级` };
  return {
    en: `no evidence of English or Chinese proficiency (native English, a TOEFL or IELTS score, or HSK 4 or above)${below.en}: an officer checks`,
    zh: `未提供英语或汉语能力证明（英语为母语、托福或雅思成绩，或HSK四级及以上）${below.zh}：由工作人员审核`,
  };
}

/**
 * R-ANSO-TWAS: the applicant ticked the box.
 * @example twasTicked().zh // '已勾选申请ANSO-CAS-TWAS/UNESCO博士奖学金'
 */
export function twasTicked(): TLocalized {
  return {
    en: 'asks to be considered for the ANSO-CAS-TWAS/UNESCO PhD Scholarship',
    zh: '已勾选申请ANSO-CAS-TWAS/UNESCO博士奖学金',
  };
}

/**
 * R-ANSO-TWAS: the box is not ticked.
 * @example twasNotTicked().en // 'did not tick "consider me for ANSO-CAS-TWAS/UNESCO"; only PhD applicants who tick it are candidates'
 */
export function twasNotTicked(): TLocalized {
  return {
    en: 'did not tick "consider me for ANSO-CAS-TWAS/UNESCO"; only PhD applicants who tick it are candidates',
    zh: '未勾选“申请ANSO-CAS-TWAS/UNESCO博士奖学金”；仅勾选的博士申请人为候选人',
  };
}

/**
 * R-ANSO-TWAS: a developing country.
 * @example twasDeveloping(getCountry('ET')).en // 'Ethiopia (ET) is a developing country (not high income in the World Bank classification)'
 */
export function twasDeveloping(c: TCountry): TLocalized {
  return {
    en: `${c.en} (${c.code}) is a developing country (not high income in the World Bank classification)`,
    zh: `${c.zh}（${c.code}）为发展中国家（非世界银行高收入经济体）`,
  };
}

/**
 * R-ANSO-TWAS: a high-income nationality.
 * @example twasHighIncome(getCountry('KR')).en // 'South Korea (KR) is high income in the World Bank classification; the TWAS places are for nationals of developing countries'
 */
export function twasHighIncome(c: TCountry): TLocalized {
  return {
    en: `${c.en} (${c.code}) is high income in the World Bank classification; the TWAS places are for nationals of developing countries`,
    zh: `${c.zh}（${c.code}）为世界银行高收入经济体；TWAS名额仅面向发展中国家公民`,
  };
}

/**
 * R-ANSO-TWAS: the LDC and women flags and the climate priority, shown to the panel.
 * @example twasPriorities(true, true, false).en // 'special consideration: national of a Least Developed Country, woman; climate-related research: no'
 */
export function twasPriorities(isLdc: boolean, isWoman: boolean, isClimate: boolean): TLocalized {
  const en = [isLdc ? 'national of a Least Developed Country' : '', isWoman ? 'woman' : ''].filter(
    Boolean,
  );
  const zh = [isLdc ? '最不发达国家公民' : '', isWoman ? '女性' : ''].filter(Boolean);
  return {
    en: `special consideration: ${en.length ? en.join(', ') : 'none'}; climate-related research: ${isClimate ? 'yes' : 'no'}`,
    zh: `特别考虑：${zh.length ? zh.join('、') : '无'}；气候相关研究：${isClimate ? '是' : '否'}`,
  };
}
