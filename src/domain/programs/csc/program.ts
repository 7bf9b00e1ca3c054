import type { TProgram, TTrack } from '../types';
import { cscDocuments, cscReviewCriteria } from './documents';

// The amounts of this program's coverage items (written with allowances) travel with its data.
export * from './coverage';

function track(id: TTrack['level'], name: TTrack['name'], maxAge: number): TTrack {
  return {
    id,
    level: id,
    name,
    maxAge,
    fundedAtLevel: null,
    maxDurationMonths: null,
    parentTrack: null,
  };
}

/**
 * Chinese Government Scholarship, Bilateral Program (seed `002_20dd2d849d250c66.txt`), as data.
 * Note: R-CSC-APPLY — the window is each dispatching authority's ("generally early January to
 * early April"), so there is no default call: the finder reports the window as unknown.
 */
export const cscProgram: TProgram = {
  id: 'csc',
  name: {
    en: 'Chinese Government Scholarship — Bilateral Program',
    zh: '中国政府奖学金—国别双边项目',
  },
  shortName: { en: 'CSC Bilateral', zh: '中国政府奖学金' },
  sponsors: ['CSC'],
  hosts: null,
  // Note: R-GEN-AGE / R-CSC-ELIG — "under (or at) the age of N" is age ≤ N on 1 September of
  // the intake year.
  tracks: [
    track('undergraduate', { en: 'Undergraduate student', zh: '本科生' }, 25),
    track('master', { en: "Master's student", zh: '硕士研究生' }, 35),
    track('doctoral', { en: 'Doctoral student', zh: '博士研究生' }, 40),
    track('general_scholar', { en: 'General scholar', zh: '普通进修生' }, 45),
    track('senior_scholar', { en: 'Senior scholar', zh: '高级进修生' }, 50),
  ],
  calls: [],
  windowNote: {
    en: 'Apply through the dispatching authority of your home country, generally from early January to early April; each authority sets its own dates.',
    zh: '通过本国留学生派遣部门申请，一般为1月初至4月初，具体时间由各派遣部门确定。',
  },
  quotas: {},
  coverage: [
    { id: 'tuition', label: { en: 'Tuition', zh: '学费' } },
    { id: 'accommodation', label: { en: 'Accommodation', zh: '住宿费' } },
    { id: 'living', label: { en: 'Living allowance', zh: '生活费' } },
    { id: 'insurance', label: { en: 'Comprehensive medical insurance', zh: '综合医疗保险' } },
  ],
  categories: null,
  documents: cscDocuments,
  reviewCriteria: cscReviewCriteria,
  contacts: [
    {
      office: {
        en: 'The dispatching authority of your home country (receiving institution agency number 10610)',
        zh: '本国留学生派遣部门（受理机构编号10610）',
      },
      tracks: null,
      person: null,
      address: null,
      phone: null,
      fax: null,
      email: null,
      url: 'http://laihua.csc.edu.cn',
    },
  ],
  eligibility: {
    en: "For citizens of countries other than China (holders of Hong Kong, Macao and Taiwan documents count as Chinese) in good health. Age on 1 September of the intake year: undergraduates (high-school graduates) up to 25; master's students (bachelor's degree) up to 35; doctoral students (master's degree) up to 40; general scholars (high school or more) up to 45; senior scholars (master's or more, or associate professor or above) up to 50.",
    zh: '面向身体健康的非中国籍公民（持港澳台证件者不可申请）。以入学当年9月1日计算年龄：本科生须高中毕业，不超过25岁；硕士研究生须有学士学位，不超过35岁；博士研究生须有硕士学位，不超过40岁；普通进修生须高中毕业以上学历，不超过45岁；高级进修生须有硕士以上学位或副教授以上职称，不超过50岁。',
  },
  rules: [
    'R-GEN-NATIONALITY',
    'R-GEN-AGE',
    'R-GEN-CONCURRENT',
    'R-CSC-CATS',
    'R-CSC-TABLE',
    'R-CSC-ELIG',
    'R-CSC-APPLY',
  ],
};
