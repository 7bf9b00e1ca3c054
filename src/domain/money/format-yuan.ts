// Yuan for people: '¥3,500.00' (R-GEN-MONEY). The yuan/fen split is integer arithmetic and
// Intl.NumberFormat receives an exact decimal string, so no float touches the amount.
import { FEN_PER_YUAN, isFen } from './money';
import type { TFen } from './money';

/** 'always' shows two decimals; 'auto' drops them for whole yuan ('¥7,000'). */
export type TFenDigits = 'always' | 'auto';

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats integer fen as yuan with the locale's thousands separators and the ¥ sign.
 * @example formatYuan(350000, 'en') // '¥3,500.00'
 * @example formatYuan(1234567, 'zh-CN', 'auto') // '¥12,345.67'
 * @example formatYuan(700000, 'en', 'auto') // '¥7,000'
 */
export function formatYuan(fen: TFen, locale: string, digits: TFenDigits = 'always'): string {
  if (!isFen(fen)) throw new Error(`formatYuan needs integer fen, got ${fen}`);
  const abs = Math.abs(fen);
  const rest = abs % FEN_PER_YUAN;
  const yuan = (abs - rest) / FEN_PER_YUAN;
  const cents = rest < 10 ? `0${rest}` : `${rest}`;
  const decimal = `${fen < 0 ? '-' : ''}${yuan}.${cents}` as Intl.StringNumericLiteral;
  const fractionDigits = digits === 'auto' && rest === 0 ? 0 : 2;
  // Note: format() takes a decimal string exactly (Intl.NumberFormat v3, Node ≥ 19).
  return formatFor(locale, fractionDigits).format(decimal);
}
