// Interview times in Beijing time and in the applicant's own zone (issue 11 point 7,
// R-GEN-TIME). Zones are IANA names as the runtime's Intl knows them; luxon does the arithmetic.
import { DateTime } from 'luxon';

import { BEIJING_ZONE } from '../dates';

/** Every IANA zone the runtime supports, sorted (the booking page's select). */
export const TIME_ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone')].sort();
const ZONE_SET = new Set(TIME_ZONES);

/** @example isTimeZone('Africa/Nairobi') // true  @example isTimeZone('Mars/Olympus') // false */
export function isTimeZone(zone: unknown): zone is string {
  return typeof zone === 'string' && ZONE_SET.has(zone);
}

// Note: one main zone per country, for the demo's nationalities and the programs' usual ones; a
// country with several zones gets its capital's. The applicant changes it on the page.
const MAIN_ZONE: Readonly<Record<string, string>> = {
  AF: 'Asia/Kabul',
  AR: 'America/Argentina/Buenos_Aires',
  AU: 'Australia/Sydney',
  BD: 'Asia/Dhaka',
  BR: 'America/Sao_Paulo',
  CA: 'America/Toronto',
  CM: 'Africa/Douala',
  CN: 'Asia/Shanghai',
  DE: 'Europe/Berlin',
  EG: 'Africa/Cairo',
  ET: 'Africa/Addis_Ababa',
  FR: 'Europe/Paris',
  GB: 'Europe/London',
  GH: 'Africa/Accra',
  ID: 'Asia/Jakarta',
  IN: 'Asia/Kolkata',
  IR: 'Asia/Tehran',
  IT: 'Europe/Rome',
  JP: 'Asia/Tokyo',
  KE: 'Africa/Nairobi',
  KH: 'Asia/Phnom_Penh',
  KR: 'Asia/Seoul',
  KZ: 'Asia/Almaty',
  LA: 'Asia/Vientiane',
  LK: 'Asia/Colombo',
  MN: 'Asia/Ulaanbaatar',
  MX: 'America/Mexico_City',
  MY: 'Asia/Kuala_Lumpur',
  NG: 'Africa/Lagos',
  NP: 'Asia/Kathmandu',
  PK: 'Asia/Karachi',
  RU: 'Europe/Moscow',
  SN: 'Africa/Dakar',
  TH: 'Asia/Bangkok',
  TZ: 'Africa/Dar_es_Salaam',
  UG: 'Africa/Kampala',
  US: 'America/New_York',
  UZ: 'Asia/Tashkent',
  VN: 'Asia/Ho_Chi_Minh',
  ZA: 'Africa/Johannesburg',
  ZM: 'Africa/Lusaka',
};

/**
 * The main zone of a nationality (ISO 3166-1 alpha-2), else Beijing's.
 * @example mainZoneOf('KE') // 'Africa/Nairobi'
 * @example mainZoneOf(null) // 'Asia/Shanghai'
 */
export function mainZoneOf(country: string | null | undefined): string {
  const zone = country ? MAIN_ZONE[country.toUpperCase()] : undefined;
  return zone && isTimeZone(zone) ? zone : BEIJING_ZONE;
}

/** Where the shown zone came from: chosen on the page, remembered, or guessed. */
export type TZoneSource = 'query' | 'cookie' | 'nationality';

/**
 * The zone to show: the one asked for on the page, else the remembered one, else the
 * nationality's main zone. An unknown name is ignored, never an error.
 * @example chooseZone({ asked: 'America/Sao_Paulo', remembered: null, nationality: 'KE' }) // { zone: 'America/Sao_Paulo', source: 'query' }
 */
export function chooseZone(p: {
  asked: string | undefined;
  remembered: string | undefined;
  nationality: string | null;
}): { zone: string; source: TZoneSource } {
  if (isTimeZone(p.asked)) return { zone: p.asked, source: 'query' };
  if (isTimeZone(p.remembered)) return { zone: p.remembered, source: 'cookie' };
  return { zone: mainZoneOf(p.nationality), source: 'nationality' };
}

function offsetText(dt: DateTime): string {
  const m = dt.offset;
  const sign = m < 0 ? '-' : '+';
  const abs = Math.abs(m);
  return `UTC${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

/**
 * An instant as a reader in `zone` sees it, with the zone and its offset that day named.
 * `lang` is the page's language ('en' or 'zh-CN').
 * @example timeInZone(new Date('2026-03-12T06:00:00Z'), 'Africa/Nairobi', 'en') // '12 Mar 2026, 09:00 (Africa/Nairobi, UTC+3)'
 * @example timeInZone(new Date('2026-03-12T06:00:00Z'), 'America/Sao_Paulo', 'zh-CN') // '2026年3月12日 03:00（America/Sao_Paulo，UTC-3）'
 */
export function timeInZone(instant: Date, zone: string, lang: 'en' | 'zh-CN'): string {
  const dt = DateTime.fromJSDate(instant, { zone });
  if (lang === 'zh-CN') return `${dt.toFormat('yyyy年M月d日 HH:mm')}（${zone}，${offsetText(dt)}）`;
  return `${dt.setLocale('en-GB').toFormat('d LLL yyyy, HH:mm')} (${zone}, ${offsetText(dt)})`;
}

/**
 * The end of a slot as HH:MM in a zone (for "09:00–09:30").
 * @example endTimeInZone(new Date('2026-03-12T06:00:00Z'), 30, 'Asia/Shanghai') // '14:30'
 */
export function endTimeInZone(instant: Date, durationMinutes: number, zone: string): string {
  return DateTime.fromJSDate(instant, { zone })
    .plus({ minutes: durationMinutes })
    .toFormat('HH:mm');
}
