// R-REV-COI-INST: known aliases of institutions, as data. Each row is one institution: every
// name, abbreviation and translation people write for it. Add a row when a conflict check
// should see through one more name; names are compared after normaliseInstitutionName.
export const INSTITUTION_ALIASES: readonly (readonly string[])[] = [
  ['UCAS', 'University of Chinese Academy of Sciences', '中国科学院大学', '国科大'],
  ['USTC', 'University of Science and Technology of China', '中国科学技术大学', '中国科大'],
  ['CAS', 'Chinese Academy of Sciences', '中国科学院', '中科院'],
  ['BLCU', 'Beijing Language and Culture University', '北京语言大学', '北语'],
  ['PKU', 'Peking University', '北京大学', '北大'],
  ['THU', 'Tsinghua University', '清华大学', '清华'],
  ['BNU', 'Beijing Normal University', '北京师范大学', '北师大'],
  ['FDU', 'Fudan University', '复旦大学'],
  ['SJTU', 'Shanghai Jiao Tong University', '上海交通大学', '上海交大'],
  ['ZJU', 'Zhejiang University', '浙江大学'],
  ['NJU', 'Nanjing University', '南京大学'],
  ['HIT', 'Harbin Institute of Technology', '哈尔滨工业大学', '哈工大'],
  ['BIT', 'Beijing Institute of Technology', '北京理工大学', '北理工'],
  ['ANSO', 'Alliance of International Science Organizations', '“一带一路”国际科学组织联盟'],
  ['TWAS', 'The World Academy of Sciences', '世界科学院'],
];
