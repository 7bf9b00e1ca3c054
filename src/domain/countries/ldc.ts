// Note: R-ANSO-TWAS — nationals of Least Developed Countries get special, non-exclusive
// consideration for the TWAS places. This is data, updated when the UN list changes.
// Source: UN DESA / CDP list of LDCs, 44 countries after São Tomé and Príncipe graduated on
// 2024-12-13; https://www.un.org/development/desa/dpad/least-developed-country-category.html —
// transcribed 2025-07. Bangladesh, Lao PDR and Nepal are scheduled to leave in November 2026.
export const LDC_SOURCE = 'UN list of Least Developed Countries (2024-12-13, 44 countries)';

export const LDC_CODES: ReadonlySet<string> = new Set([
  // Africa (32)
  'AO',
  'BF',
  'BI',
  'BJ',
  'CD',
  'CF',
  'DJ',
  'ER',
  'ET',
  'GM',
  'GN',
  'GW',
  'KM',
  'LR',
  'LS',
  'MG',
  'ML',
  'MR',
  'MW',
  'MZ',
  'NE',
  'RW',
  'SD',
  'SL',
  'SN',
  'SO',
  'SS',
  'TD',
  'TG',
  'TZ',
  'UG',
  'ZM',
  // Asia (8)
  'AF',
  'BD',
  'KH',
  'LA',
  'MM',
  'NP',
  'TL',
  'YE',
  // Latin America and the Caribbean (1)
  'HT',
  // Pacific (3)
  'KI',
  'SB',
  'TV',
]);
