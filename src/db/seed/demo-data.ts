// The demo a newcomer sees after `npm start`: three host institutions and one user per role,
// with the four programs' calls planned from the day the database is created (demo-calls.ts).
// Loaded only into an empty database.

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
