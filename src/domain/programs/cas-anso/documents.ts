import type { TDocumentSpec, TReviewCriterion } from '../types';

// Note: R-ANSO-CALL — the CAS-ANSO call sends applicants to UCAS's "Call for 2026 Master's/Doctoral
// Degree Programs" for the materials and lists none itself. This list is what the call's own text
// implies (valid passport, proficiency in English or Chinese, referees with the same deadline, the
// no-other-assignment declaration, the admission criteria); see docs/rules.d/finder-selection.md.
export const casAnsoDocuments: readonly TDocumentSpec[] = [
  {
    id: 'application_form',
    label: {
      en: 'Online application form (UCAS admission system, with the CAS-ANSO Scholarship chosen)',
      zh: '网上申请表（国科大留学生在线申请系统，选择“CAS-ANSO奖学金”）',
    },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-CALL',
  },
  {
    id: 'passport_copy',
    label: { en: 'Copy of a valid foreign passport', zh: '有效外国护照复印件' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-GEN-NATIONALITY',
  },
  {
    id: 'highest_degree',
    label: { en: 'Highest degree certificate', zh: '最高学位证书' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-ELIG',
  },
  {
    id: 'transcripts',
    label: { en: 'Academic transcripts', zh: '成绩单' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-ELIG',
  },
  {
    id: 'enrollment_certificate',
    label: {
      en: 'Certificate of current enrollment (current students)',
      zh: '在读证明（在读学生）',
    },
    isRequired: true,
    condition: 'current_student',
    tracks: null,
    rule: 'R-ANSO-ELIG',
  },
  {
    id: 'language_proof',
    label: {
      en: 'Proof of English or Chinese proficiency (TOEFL or IELTS score, or HSK 4 or above; not needed from native English speakers)',
      zh: '英语或汉语水平证明（托福或雅思成绩，或HSK四级及以上；英语为母语者免交）',
    },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-ELIG',
  },
  {
    id: 'research_proposal',
    label: { en: 'Study plan or research proposal', zh: '学习计划或研究计划' },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-CALL',
  },
  {
    id: 'referee_letters',
    label: {
      en: 'Recommendation letters, uploaded by the referees before the deadline',
      zh: '推荐信，由推荐人在截止日期前上传',
    },
    isRequired: true,
    condition: null,
    tracks: null,
    count: 2,
    rule: 'R-GEN-REFEREE',
  },
  {
    id: 'no_other_assignment',
    label: {
      en: 'Declaration of taking up no other assignment during the scholarship (part of the form)',
      zh: '奖学金期间不从事其他工作的声明（申请表的一部分）',
    },
    isRequired: true,
    condition: null,
    tracks: null,
    rule: 'R-ANSO-ELIG',
  },
];

// Note: the CAS-ANSO call names no scoring scheme. These are the three things its documents
// support (record, plan, referees); the scale and weights are the host's (null here).
export const casAnsoReviewCriteria: readonly TReviewCriterion[] = [
  {
    id: 'academic_record',
    label: { en: 'Academic record', zh: '学业成绩' },
    description: {
      en: 'Degrees, transcripts and publications against the UCAS admission criteria',
      zh: '依据国科大招生标准评价学位、成绩单和发表成果',
    },
    scale: null,
    weight: null,
    isOptional: false,
    rule: 'R-ANSO-ELIG',
  },
  {
    id: 'research_potential',
    label: { en: 'Research potential', zh: '科研潜力' },
    description: {
      en: 'The study plan or research proposal: clarity, feasibility and fit with the host',
      zh: '学习计划或研究计划：清晰度、可行性及与培养单位的契合度',
    },
    scale: null,
    weight: null,
    isOptional: false,
    rule: 'R-ANSO-CALL',
  },
  {
    id: 'recommendations',
    label: { en: 'Recommendations', zh: '推荐意见' },
    description: {
      en: "The referees' assessment of the applicant",
      zh: '推荐人对申请人的评价',
    },
    scale: null,
    weight: null,
    isOptional: false,
    rule: 'R-GEN-REFEREE',
  },
];
