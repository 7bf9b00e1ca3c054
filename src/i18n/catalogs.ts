// The message catalogs: the base files and one pair per area of the staff side, so that work on
// one area never edits another's file. Keys are unique across files (the catalog test checks).
import en from './en.json' with { type: 'json' };
import interviewsEn from './areas/interviews.en.json' with { type: 'json' };
import interviewsZh from './areas/interviews.zh-CN.json' with { type: 'json' };
import panelsEn from './areas/panels.en.json' with { type: 'json' };
import panelsZh from './areas/panels.zh-CN.json' with { type: 'json' };
import rankingEn from './areas/ranking.en.json' with { type: 'json' };
import rankingZh from './areas/ranking.zh-CN.json' with { type: 'json' };
import reviewingEn from './areas/reviewing.en.json' with { type: 'json' };
import reviewingZh from './areas/reviewing.zh-CN.json' with { type: 'json' };
import screeningEn from './areas/screening.en.json' with { type: 'json' };
import screeningZh from './areas/screening.zh-CN.json' with { type: 'json' };
import zhCN from './zh-CN.json' with { type: 'json' };

/** Each catalog's parts, in the order they merge; the test checks no key is in two parts. */
export const CATALOG_PARTS = {
  en: {
    base: en,
    screening: screeningEn,
    panels: panelsEn,
    reviewing: reviewingEn,
    ranking: rankingEn,
    interviews: interviewsEn,
  },
  'zh-CN': {
    base: zhCN,
    screening: screeningZh,
    panels: panelsZh,
    reviewing: reviewingZh,
    ranking: rankingZh,
    interviews: interviewsZh,
  },
} as const;

export const EN = {
  ...en,
  ...screeningEn,
  ...panelsEn,
  ...reviewingEn,
  ...rankingEn,
  ...interviewsEn,
};

export const ZH_CN: Record<string, string> = {
  ...zhCN,
  ...screeningZh,
  ...panelsZh,
  ...reviewingZh,
  ...rankingZh,
  ...interviewsZh,
};
