import { BGS_CATEGORIES, type TLevel, type TProgram, type TTrack } from '../types';
import { BGS_CATEGORY_ITEMS } from './coverage';
import { bgsDocuments, bgsReviewCriteria } from './documents';

// The amounts of this program's coverage items (written with allowances) travel with its data.
export * from './coverage';

function track(
  id: TLevel,
  name: TTrack['name'],
  maxAge: number,
  funded: { at: TLevel; months: number } | null = null,
): TTrack {
  return {
    id,
    level: id,
    name,
    maxAge,
    fundedAtLevel: funded?.at ?? null,
    maxDurationMonths: funded?.months ?? null,
    parentTrack: null,
  };
}

/**
 * Beijing Government Scholarship for International Students (seed `003_5872f182bd058c0b.txt`).
 * Note: R-BGS-APPLY — each host sets its own deadline and places, so there is no default call.
 */
export const bgsProgram: TProgram = {
  id: 'bgs',
  name: {
    en: 'Beijing Government Scholarship for International Students',
    zh: '北京市政府外国留学生奖学金',
  },
  shortName: { en: 'BGS', zh: '北京市政府奖学金' },
  sponsors: ['Beijing'],
  hosts: null,
  // Note: R-BGS-LEVELS — non-degree tracks last at most one academic year and are funded at the
  // standard of another level; R-BGS-ELIG sets the ages (at enrollment, R-GEN-AGE).
  tracks: [
    track('undergraduate', { en: 'Undergraduate', zh: '本科生' }, 25),
    track('preparatory', { en: 'Preparatory student', zh: '预科生' }, 24, {
      at: 'undergraduate',
      months: 12,
    }),
    track('master', { en: "Master's student", zh: '硕士研究生' }, 35),
    track('doctoral', { en: 'Doctoral student', zh: '博士研究生' }, 40),
    track('visiting', { en: 'Visiting or exchange student', zh: '访问学生或校际交流生' }, 45, {
      at: 'master',
      months: 12,
    }),
    track('research_scholar', { en: 'Research scholar', zh: '研究学者' }, 50, {
      at: 'doctoral',
      months: 12,
    }),
  ],
  calls: [],
  windowNote: {
    en: 'Each host institution sets its own deadline and publishes it on the Study in Beijing portal.',
    zh: '各培养单位自行确定申请截止日期，并在“留学北京”栏目公布。',
  },
  quotas: {},
  coverage: [
    { id: 'tuition', label: { en: 'Tuition', zh: '学费' } },
    { id: 'accommodation', label: { en: 'Accommodation', zh: '住宿费' } },
    { id: 'living', label: { en: 'Living expenses', zh: '生活费' } },
    { id: 'insurance', label: { en: 'Comprehensive medical insurance', zh: '综合医疗保险' } },
  ],
  // Note: R-BGS-CATS — the items of each category come from coverage.ts, the one place that
  // states them.
  categories: BGS_CATEGORIES.map((id) => ({ id, items: BGS_CATEGORY_ITEMS[id] })),
  documents: bgsDocuments,
  reviewCriteria: bgsReviewCriteria,
  contacts: [
    {
      office: {
        en: "The host institution's office for international students",
        zh: '培养单位的留学生管理部门',
      },
      tracks: null,
      person: null,
      address: null,
      phone: null,
      fax: null,
      email: null,
      url: 'https://english.beijing.gov.cn/studyinginbeijing/index.html',
    },
  ],
  eligibility: {
    en: 'For non-Chinese citizens (holders of Hong Kong, Macao and Taiwan documents count as Chinese) studying or researching at a host in Beijing, new or already enrolled, who hold no other recurring scholarship from Chinese bodies. Age at enrollment: undergraduate up to 25, preparatory up to 24, master’s up to 35, doctoral up to 40, visiting up to 45, research scholar up to 50. Chinese-taught programs need HSK 3 (non-degree) or HSK 4 (degree); English-taught programs need a recognised certificate from non-native speakers. The host decides the category (A, B or C) from academic performance.',
    zh: '面向在北京高校或科研院所学习或研究的非中国籍公民（持港澳台证件者不可申请），新生和在校生均可申请，且不得同时享受中国政府部门、社会组织或录取院校提供的其他奖学金（一次性奖励除外）。入学时年龄：本科生不超过25岁，预科生不超过24岁，硕士不超过35岁，博士不超过40岁，访问学生不超过45岁，研究学者不超过50岁。汉语授课项目要求HSK三级（非学历）或四级（学历）；英语授课项目非母语者须提供公认的语言证书。奖学金类别（A、B、C类）由培养单位根据学业表现确定。',
  },
  rules: [
    'R-GEN-NATIONALITY',
    'R-GEN-AGE',
    'R-BGS-LEVELS',
    'R-BGS-CATS',
    'R-BGS-ELIG',
    'R-BGS-LANG',
    'R-BGS-ACAD',
    'R-BGS-LETTERS',
    'R-BGS-CONCURRENT',
    'R-BGS-APPLY',
  ],
};

/** R-BGS-LANG / R-BGS-ACAD thresholds, as the BGS document states them. */
export const bgsThresholds = {
  /** TOEFL iBT total (0–120) for Category A in English. */
  toeflCategoryA: 85,
  ieltsCategoryA: 6.5,
  /** HSK level for Chinese-taught non-degree (preparatory, visiting, research scholar) tracks. */
  hskNonDegree: 3,
  hskDegree: 4,
  averageCategoryA: 85,
  gpaCategoryA: 3.6,
  averageCategoryBC: 80,
  gpaCategoryBC: 3.0,
} as const;
