// The demo a newcomer sees after `npm start`: the four programs' 2026 calls, three host
// institutions and one user per role. Loaded only into an empty database.

export const DEMO_PASSWORD = 'jiangxue-demo-2026';

export const DEMO_INSTITUTIONS = [
  {
    id: 'UCAS',
    nameEn: 'University of Chinese Academy of Sciences',
    nameZh: '中国科学院大学',
    cityEn: 'Beijing',
    cityZh: '北京',
  },
  {
    id: 'USTC',
    nameEn: 'University of Science and Technology of China',
    nameZh: '中国科学技术大学',
    cityEn: 'Hefei',
    cityZh: '合肥',
  },
  {
    id: 'BLCU',
    nameEn: 'Beijing Language and Culture University',
    nameZh: '北京语言大学',
    cityEn: 'Beijing',
    cityZh: '北京',
  },
] as const;

/**
 * 2026 calls. Windows are whole Beijing days; a deadline day closes at 24:00 Beijing time
 * (R-GEN-TIME), so 2026-01-31 closes at 2026-01-31T16:00:00Z. CSC windows are set per
 * dispatching agency (R-CSC-APPLY), BGS deadlines per host (R-BGS-APPLY) and PIFI's per call
 * (R-PIFI-TERMS): those demo values are labelled as examples.
 */
export const DEMO_CALLS = [
  {
    id: 'cas-anso-2026-ucas',
    programId: 'cas-anso',
    intakeYear: 2026,
    hostId: 'UCAS',
    opensOn: '2025-10-15',
    closesOn: '2026-01-31',
  },
  {
    id: 'cas-anso-2026-ustc',
    programId: 'cas-anso',
    intakeYear: 2026,
    hostId: 'USTC',
    opensOn: '2025-10-15',
    closesOn: '2026-01-31',
  },
  {
    id: 'pifi-2026',
    programId: 'pifi',
    intakeYear: 2026,
    hostId: null,
    opensOn: '2026-01-01',
    closesOn: '2026-12-31',
    isExample: true,
  },
  {
    id: 'csc-2026',
    programId: 'csc',
    intakeYear: 2026,
    hostId: 'UCAS',
    opensOn: '2026-01-05',
    closesOn: '2026-04-05',
    isExample: true,
  },
  {
    id: 'bgs-2026-blcu',
    programId: 'bgs',
    intakeYear: 2026,
    hostId: 'BLCU',
    opensOn: '2026-02-01',
    closesOn: '2026-12-15',
    isExample: true,
  },
] as const;

export const DEMO_USERS = [
  {
    email: 'applicant@demo.jiangxue.test',
    displayName: 'Amina Khan',
    role: 'applicant',
    programId: null,
    institutionId: null,
  },
  {
    email: 'reviewer@demo.jiangxue.test',
    displayName: 'Prof. Wang Lei',
    role: 'reviewer',
    programId: 'cas-anso',
    institutionId: null,
  },
  {
    email: 'chair@demo.jiangxue.test',
    displayName: 'Prof. Chen Jing',
    role: 'panel_chair',
    programId: 'cas-anso',
    institutionId: null,
  },
  {
    email: 'admissions@demo.jiangxue.test',
    displayName: 'Xie Yuchen',
    role: 'admission_officer',
    programId: null,
    institutionId: 'UCAS',
  },
  {
    email: 'program@demo.jiangxue.test',
    displayName: 'Zhou Lisha',
    role: 'program_officer',
    programId: 'cas-anso',
    institutionId: null,
  },
  {
    email: 'finance@demo.jiangxue.test',
    displayName: 'Liu Fang',
    role: 'finance_officer',
    programId: null,
    institutionId: null,
  },
  {
    email: 'admin@demo.jiangxue.test',
    displayName: 'Site Administrator',
    role: 'administrator',
    programId: null,
    institutionId: null,
  },
] as const;
