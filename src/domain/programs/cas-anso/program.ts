import type { TProgram } from '../types';
import { casAnsoDocuments, casAnsoReviewCriteria } from './documents';

// The amounts of this program's coverage items (written with allowances) travel with its data.
export * from './coverage';

const ucasOffice = {
  address:
    'University of Chinese Academy of Sciences, 80 Zhongguancun East Road, Beijing, 100190, China',
  phone: '+86 10 82674900',
  fax: '+86 10 82672900',
  url: 'http://english.ucas.ac.cn/',
} as const;

/**
 * CAS-ANSO Scholarship, degree program (seed `000_bcbcbb92c3413858.txt`), as data.
 * Note: R-ANSO-CALL — the 2026 dates are the default data of the 2026 call only; a later intake
 * year has no window or birth-date limits until an officer sets that call.
 */
export const casAnsoProgram: TProgram = {
  id: 'cas-anso',
  name: {
    en: 'CAS-ANSO Scholarship (Degree Program)',
    zh: '中国科学院—“一带一路”国际科学组织联盟奖学金（学位项目）',
  },
  shortName: { en: 'CAS-ANSO', zh: 'CAS-ANSO奖学金' },
  sponsors: ['CAS', 'TWAS/UNESCO'],
  hosts: ['UCAS', 'USTC'],
  tracks: [
    {
      id: 'master',
      level: 'master',
      name: { en: "Master's program", zh: '硕士研究生项目' },
      maxAge: null,
      fundedAtLevel: null,
      maxDurationMonths: 36,
      parentTrack: null,
    },
    {
      id: 'phd',
      level: 'doctoral',
      name: { en: 'PhD program', zh: '博士研究生项目' },
      maxAge: null,
      fundedAtLevel: null,
      maxDurationMonths: 48,
      parentTrack: null,
    },
    {
      id: 'twas',
      level: 'doctoral',
      name: { en: 'ANSO-CAS-TWAS/UNESCO PhD Scholarship', zh: 'ANSO-CAS-TWAS/UNESCO博士奖学金' },
      maxAge: null,
      fundedAtLevel: null,
      maxDurationMonths: 48,
      parentTrack: 'phd',
    },
  ],
  calls: [
    {
      intakeYear: 2026,
      host: null,
      opensOn: '2025-10-15',
      closesOn: '2026-01-31',
      bornOnOrAfter: { master: '1996-01-01', phd: '1991-01-01', twas: '1991-01-01' },
    },
  ],
  windowNote: {
    en: "Each host's call (UCAS, USTC) publishes its own dates; applicants and referees share one deadline.",
    zh: '各培养单位（国科大、中国科大）公布各自的申请日期；申请人和推荐人的截止日期相同。',
  },
  quotas: { master: 200, phd: 300, twas: 40, twasClimate: 10 },
  coverage: [
    { id: 'tuition', label: { en: 'Tuition waiver', zh: '免除学费' } },
    { id: 'stipend', label: { en: 'Monthly stipend', zh: '每月生活补助' } },
    { id: 'insurance', label: { en: 'Health insurance', zh: '医疗保险' } },
    { id: 'application_fee', label: { en: 'Application fee waiver', zh: '免除申请费' } },
    {
      id: 'travel',
      label: {
        en: 'International travel from the home country to China (one trip)',
        zh: '从本国来华的国际旅费（一次）',
      },
    },
    {
      id: 'visa',
      label: { en: 'One-time visa/residence permit allowance', zh: '一次性签证/居留许可补助' },
    },
  ],
  categories: null,
  documents: casAnsoDocuments,
  reviewCriteria: casAnsoReviewCriteria,
  contacts: [
    {
      office: {
        en: 'CAS-ANSO Scholarship UCAS Office (PhD)',
        zh: '中国科学院大学CAS-ANSO奖学金办公室（博士）',
      },
      tracks: ['phd', 'twas'],
      person: 'Ms. Yuchen XIE',
      email: 'phd@ucas.ac.cn',
      ...ucasOffice,
    },
    {
      office: {
        en: "CAS-ANSO Scholarship UCAS Office (Master's)",
        zh: '中国科学院大学CAS-ANSO奖学金办公室（硕士）',
      },
      tracks: ['master'],
      person: 'Ms. Lisha ZHOU',
      email: 'master@ucas.ac.cn',
      ...ucasOffice,
    },
  ],
  eligibility: {
    en: "For foreign nationals (not Chinese; holders of Hong Kong, Macao and Taiwan documents count as Chinese) who are proficient in English or Chinese. Master's applicants are born on or after the call's date and are not studying for a master's degree in China now; PhD applicants are born on or after the call's date and are not studying for a doctorate in China now. PhD applicants from developing countries may also ask to be considered for the ANSO-CAS-TWAS/UNESCO PhD Scholarship. You may apply at one host only.",
    zh: '面向精通英语或汉语的外国公民（中国公民不可申请，含持港澳台证件者）。硕士申请人须在本期规定日期当天或之后出生，且目前未在中国攻读硕士学位；博士申请人须在本期规定日期当天或之后出生，且目前未在中国攻读博士学位。来自发展中国家的博士申请人还可申请ANSO-CAS-TWAS/UNESCO博士奖学金。只能向一个培养单位申请。',
  },
  rules: [
    'R-GEN-NATIONALITY',
    'R-GEN-CONCURRENT',
    'R-ANSO-CALL',
    'R-ANSO-QUOTA',
    'R-ANSO-ELIG',
    'R-ANSO-ONEHOST',
    'R-ANSO-TWAS',
    'R-SELECT-TIES',
    'R-ANSO-STIPEND',
    'R-ANSO-TRAVEL',
    'R-ANSO-SPONSOR',
    'R-ANSO-REGISTER',
    'R-ANSO-FAIL',
  ],
};
