// Note: R-REV-COI-INST — known aliases of one institution: its names in English and Chinese,
// abbreviations, former names, and the mail domains it uses. Data, extended as officers meet new
// spellings. An abbreviation is listed only where it names one institution in practice: "BIT"
// (Beijing Institute of Technology, Birla Institute of Technology) or "NJU" are left out, because a
// wrong alias makes a conflict that does not exist and takes a reviewer away for nothing.
// The Chinese Academy of Sciences and its university are distinct institutions: a CAS institute
// hosts UCAS students, but sharing "CAS" is not sharing a current institution.

export type TInstitutionAlias = {
  /** Stable id of the institution; conflicts compare ids, never spellings. */
  id: string;
  names: readonly string[];
  /** Registrable mail domains, as `emailDomain` folds them. */
  domains: readonly string[];
};

export const INSTITUTION_ALIASES: readonly TInstitutionAlias[] = [
  {
    id: 'ucas',
    names: [
      'UCAS',
      'University of Chinese Academy of Sciences',
      '中国科学院大学',
      '国科大',
      'Graduate University of Chinese Academy of Sciences',
      'GUCAS',
      '中国科学院研究生院',
    ],
    domains: ['ucas.ac.cn', 'ucas.edu.cn'],
  },
  {
    id: 'ustc',
    names: [
      'USTC',
      'University of Science and Technology of China',
      '中国科学技术大学',
      '中国科大',
      '中科大',
    ],
    domains: ['ustc.edu.cn'],
  },
  {
    id: 'cas',
    names: ['CAS', 'Chinese Academy of Sciences', '中国科学院', '中科院'],
    domains: [],
  },
  { id: 'pku', names: ['PKU', 'Peking University', '北京大学', '北大'], domains: ['pku.edu.cn'] },
  {
    id: 'tsinghua',
    names: ['THU', 'Tsinghua University', '清华大学', '清华'],
    domains: ['tsinghua.edu.cn'],
  },
  { id: 'zju', names: ['ZJU', 'Zhejiang University', '浙江大学'], domains: ['zju.edu.cn'] },
  {
    id: 'sjtu',
    names: [
      'SJTU',
      'Shanghai Jiao Tong University',
      'Shanghai Jiaotong University',
      '上海交通大学',
    ],
    domains: ['sjtu.edu.cn'],
  },
  { id: 'fudan', names: ['Fudan University', '复旦大学'], domains: ['fudan.edu.cn'] },
  {
    id: 'buaa',
    names: [
      'BUAA',
      'Beihang University',
      'Beijing University of Aeronautics and Astronautics',
      '北京航空航天大学',
    ],
    domains: ['buaa.edu.cn'],
  },
  {
    id: 'anso',
    names: [
      'ANSO',
      'Alliance of International Science Organizations',
      '“一带一路”国际科学组织联盟',
    ],
    domains: ['anso.org.cn'],
  },
];

/**
 * Mail domains under which each subdomain is an institution of its own, so they fold one label
 * lower than the Public Suffix List says: `ioz.cas.cn` and `iphy.cas.cn` are two CAS institutes,
 * not one institution `cas.cn`.
 */
export const SEPARATE_SUBDOMAIN_PARENTS: ReadonlySet<string> = new Set(['cas.cn']);
