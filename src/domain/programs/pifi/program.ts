import type { TProgram } from '../types';
import { pifiDocuments, pifiReviewCriteria } from './documents';

// The amounts of this program's coverage items (written with allowances) travel with its data.
export * from './coverage';

/**
 * CAS President's International Fellowship Initiative (seed `001_28482931571df2df.txt`), as data.
 * Note: R-PIFI-TERMS — the document sets no deadline, duration, quota or amount: every PIFI call
 * is configured by its program officer, so there is no default call here.
 */
export const pifiProgram: TProgram = {
  id: 'pifi',
  name: {
    en: "CAS President's International Fellowship Initiative",
    zh: '中国科学院国际人才计划',
  },
  shortName: { en: 'PIFI', zh: '国际人才计划' },
  sponsors: ['CAS'],
  hosts: null,
  tracks: [
    {
      id: 'fellow',
      level: 'fellow',
      name: { en: 'Fellowship', zh: '访问学者' },
      maxAge: null,
      fundedAtLevel: null,
      maxDurationMonths: null,
      parentTrack: null,
    },
  ],
  calls: [],
  windowNote: {
    en: 'Each fellowship cycle sets its own deadline; the program officer enters it for the call.',
    zh: '每期申请的截止日期各不相同，由项目负责人为该期设置。',
  },
  quotas: {},
  coverage: [{ id: 'stipend', label: { en: 'Monthly allowance', zh: '每月补助' } }],
  categories: null,
  documents: pifiDocuments,
  reviewCriteria: pifiReviewCriteria,
  contacts: [
    {
      office: { en: 'PIFI contact office, Beijing', zh: '国际人才计划联系办公室（北京）' },
      tracks: null,
      person: null,
      address: '19A Yuquan Road, Beijing, 100049, China',
      phone: '+86 10 88256424 / 6206',
      fax: '+86 10 88256207',
      email: null,
      url: null,
    },
    {
      office: { en: 'PIFI contact office, Hefei', zh: '国际人才计划联系办公室（合肥）' },
      tracks: null,
      person: null,
      address: '96 Jinzhai Road, Hefei, Anhui, 230026, China',
      phone: '+86 551 63607981',
      fax: '+86 551 63607982',
      email: null,
      url: null,
    },
  ],
  eligibility: {
    en: 'For researchers of any nationality except Chinese (holders of Hong Kong, Macao and Taiwan documents count as Chinese) who hold a PhD or an equivalent degree and are proficient in English. Postdoctoral and early-career researchers are welcome.',
    zh: '面向除中国以外任何国籍（含持港澳台证件者不可申请）、具有博士或同等学位且英语熟练的研究人员。欢迎博士后和青年科研人员申请。',
  },
  rules: [
    'R-GEN-NATIONALITY',
    'R-GEN-CONCURRENT',
    'R-PIFI-ELIG',
    'R-PIFI-DOCS',
    'R-PIFI-REVIEW',
    'R-PIFI-TERMS',
  ],
};
