import type { TDocumentSpec, TReviewCriterion } from '../types';

// Note: R-BGS-APPLY — the BGS document leaves the list of materials to each host ("consult the
// intended institutions"). These are the ones its requirements need evidence for; a host adds
// its own at the call.
export const bgsDocuments: readonly TDocumentSpec[] = [
  {
    id: 'application_form',
    label: { en: "The host institution's application form", zh: '培养单位的申请表' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-BGS-APPLY',
  },
  {
    id: 'passport_copy',
    label: { en: 'Passport copy', zh: '护照复印件' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-GEN-NATIONALITY',
  },
  {
    id: 'highest_diploma',
    label: { en: 'Highest diploma or degree certificate', zh: '最高学历或学位证书' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-BGS-ELIG',
  },
  {
    id: 'transcripts',
    label: {
      en: "Transcripts (current students: last academic year's average)",
      zh: '成绩单（在读学生提供上一学年平均成绩）',
    },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-BGS-ACAD',
  },
  {
    id: 'pre_admission_notice',
    label: {
      en: "Pre-admission notice for a bachelor's program",
      zh: '本科专业预录取通知书',
    },
    isRequired: true,
    condition: null,
    tracks: ['preparatory'],
    rule: 'R-BGS-ELIG',
  },
  {
    id: 'hsk_certificate',
    label: {
      en: 'HSK certificate (level 3 for preparatory, visiting and research scholars; level 4 for degrees)',
      zh: 'HSK证书（预科生、访问学生和研究学者三级；学位项目四级）',
    },
    isRequired: true,
    condition: 'chinese_taught',
    tracks: null,
    rule: 'R-BGS-LANG',
  },
  {
    id: 'language_certificate',
    label: {
      en: 'Recognised language certificate (Category A in English: TOEFL 85 or IELTS 6.5 or an equivalent)',
      zh: '公认的语言水平证书（英语授课申请A类：托福85分或雅思6.5分或同等证明）',
    },
    isRequired: true,
    condition: 'english_taught_non_native',
    tracks: null,
    rule: 'R-BGS-LANG',
  },
  {
    id: 'referee_letters',
    label: {
      en: 'Two letters in Chinese or English by associate professors or above in a relevant field',
      zh: '两名相关领域副教授及以上职称专家用中文或英文书写的推荐信',
    },
    isRequired: true,
    condition: null,
    tracks: ['master', 'doctoral', 'research_scholar'],
    count: 2,
    rule: 'R-BGS-LETTERS',
  },
  {
    id: 'excellence_proof',
    label: {
      en: 'Other proof of academic excellence (when the academic requirements are not met)',
      zh: '其他优秀学业证明（不符合学业要求时提供）',
    },
    isRequired: false,
    condition: null,
    tracks: null,
    rule: 'R-BGS-ACAD',
  },
];

function hostCriterion(
  id: string,
  label: TReviewCriterion['label'],
  description: TReviewCriterion['description'],
): TReviewCriterion {
  return {
    id,
    label,
    description,
    scale: null,
    weight: null,
    isOptional: false,
    rule: 'R-BGS-APPLY',
  };
}

// Note: R-BGS-APPLY — the host ranks on these three; it sets the scale and weights itself.
export const bgsReviewCriteria: readonly TReviewCriterion[] = [
  hostCriterion(
    'academic_performance',
    { en: 'Academic performance', zh: '学业表现' },
    {
      en: 'Grades, degrees and the academic requirements of R-BGS-ACAD',
      zh: '成绩、学位及学业要求',
    },
  ),
  hostCriterion(
    'overall_performance',
    { en: 'Overall performance', zh: '综合表现' },
    { en: 'Conduct, activities and assessment results', zh: '品行、活动及考核结果' },
  ),
  hostCriterion(
    'development_potential',
    { en: 'Development potential', zh: '发展潜力' },
    { en: 'Promise in study and research', zh: '学习和科研方面的潜力' },
  ),
];
