// Note: R-GEN-WORDS — "not less than 800 Chinese characters/words" is counted with
// Intl.Segmenter word segmentation: each Han character counts one, each word of another script
// counts one; punctuation and whitespace count nothing.
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const HAN = /\p{Script=Han}/gu;

/**
 * Characters/words of a text by R-GEN-WORDS.
 * @example countWords('我的研究计划 is about rice') // 6 Han characters + 3 words = 9
 */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of segmenter.segment(text)) {
    if (!segment.isWordLike) continue;
    const han = segment.segment.match(HAN)?.length ?? 0;
    // A segment of Han characters counts each character; any other word counts once.
    count += han > 0 ? han + (/[^\p{Script=Han}]/u.test(segment.segment) ? 1 : 0) : 1;
  }
  return count;
}
