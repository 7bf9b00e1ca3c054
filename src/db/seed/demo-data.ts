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
 * 2026 calls. Deadlines are whole Beijing days closing at 24:00 (R-GEN-TIME): 2026-01-31
 * closes at 2026-01-31T16:00:00Z. CSC windows are set per dispatching agency (R-CSC-APPLY) and
 * BGS deadlines per host (R-BGS-APPLY); the demo values are labelled as examples.
 */
export const DEMO_CALLS = [
  {
    id: 'cas-anso-2026-ucas',
    programId: 'cas-anso',
    year: 2026,
    hostId: 'UCAS',
    opensAt: '2025-10-14T16:00:00Z',
    closesAt: '2026-01-31T16:00:00Z',
  },
  {
    id: 'cas-anso-2026-ustc',
    programId: 'cas-anso',
    year: 2026,
    hostId: 'USTC',
    opensAt: '2025-10-14T16:00:00Z',
    closesAt: '2026-01-31T16:00:00Z',
  },
  {
    id: 'pifi-2026',
    programId: 'pifi',
    year: 2026,
    hostId: null,
    opensAt: '2026-01-01T16:00:00Z',
    closesAt: '2026-12-31T16:00:00Z',
    isExample: true,
  },
  {
    id: 'csc-2026',
    programId: 'csc',
    year: 2026,
    hostId: 'UCAS',
    opensAt: '2026-01-04T16:00:00Z',
    closesAt: '2026-04-05T16:00:00Z',
    isExample: true,
  },
  {
    id: 'bgs-2026-blcu',
    programId: 'bgs',
    year: 2026,
    hostId: 'BLCU',
    opensAt: '2026-01-31T16:00:00Z',
    closesAt: '2026-12-15T16:00:00Z',
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
