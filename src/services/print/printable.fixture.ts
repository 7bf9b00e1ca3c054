import type { TPrintableApplication } from './printable-application';

// A submitted CSC doctoral application for tests: a Singaporean applicant with a Chinese name.

const PLAN = Array.from(
  { length: 60 },
  (_, i) =>
    `Paragraph ${i + 1}: I will study the coupling of monsoon rainfall and groundwater recharge in the North China Plain, combining field observations with isotope tracing and process models. 我将结合野外观测、同位素示踪和过程模型开展研究。`,
).join('\n\n');

export function cscDoctoralPrintable(
  overrides: Partial<TPrintableApplication> = {},
): TPrintableApplication {
  return {
    applicationId: '5b0f3c1e-8a5d-4c55-9a9e-2f6f0c1d2e3f',
    programId: 'csc',
    track: 'doctoral',
    status: 'submitted',
    isSubmitted: true,
    call: { id: 'csc-2026', intakeYear: 2026 },
    host: {
      id: 'UCAS',
      name: { en: 'University of Chinese Academy of Sciences', zh: '中国科学院大学' },
    },
    receiptNumber: 'JX-2026-CSC-000123',
    verificationCode: 'K7QX-2M9D',
    submittedAt: new Date('2026-03-31T15:59:59Z'),
    applicant: {
      email: 'wang.fang@example.org',
      locale: 'en',
      profile: {
        familyName: 'WANG',
        givenNames: 'Fang',
        nameZh: '王芳',
        nationality: 'SG',
        passportNumber: 'K1234567A',
        passportCountry: 'SG',
        birthOn: '1994-05-17',
        gender: 'female',
      },
    },
    answers: {
      personal: {
        phone: '+65 6123 4567',
        address: '12 Clementi Road, Singapore 129742',
        inChina: 'no',
      },
      education: {
        highestQualification: 'master',
        academicTitle: 'none',
        studyingInChina: 'none',
        edu_0_institution: 'National University of Singapore',
        edu_0_country: 'SG',
        edu_0_qualification: 'MSc',
        edu_0_field: 'Hydrology',
        edu_0_from: '2018-08-01',
        edu_0_to: '2020-06-30',
        edu_1_institution: 'Nanyang Technological University',
        edu_1_country: 'SG',
        edu_1_qualification: 'BEng',
        edu_1_field: 'Civil Engineering',
        edu_1_from: '2014-08-01',
        edu_1_to: '2018-06-30',
      },
      language: { englishNative: 'yes', hsk: '5', otherEvidence: '' },
      plan: {
        title: '季风降水与地下水补给的耦合机制 Monsoon rainfall and groundwater recharge',
        text: PLAN,
      },
      host: {
        department: 'College of Resources and Environment',
        subject: 'Hydrology and Water Resources',
        supervisorName: '李明教授 Prof. LI Ming',
        supervisorEmail: 'liming@ucas.ac.cn',
      },
      program: {
        dispatchingAuthority: 'Ministry of Education, Singapore',
        agencyNumber: '10610',
        subjectCategory: 'II',
        physicalExamOn: '2026-02-10',
      },
    },
    referees: [
      {
        name: 'Prof. Tan Wei Ling',
        title: 'Professor',
        institution: 'National University of Singapore',
      },
      { name: '张华', title: '副教授', institution: '南洋理工大学' },
    ],
    documents: [
      { slot: 'passport_copy', role: 'original', fileName: 'passport.pdf', pageCount: 1 },
      { slot: 'highest_diploma', role: 'original', fileName: 'msc-diploma.pdf', pageCount: 2 },
      { slot: 'transcripts', role: 'original', fileName: 'transcripts.pdf', pageCount: 6 },
    ],
    verifyUrl: 'https://jiangxue.example.cn/staff/verify',
    generatedAt: new Date('2026-04-02T01:30:00Z'),
    ...overrides,
  };
}
