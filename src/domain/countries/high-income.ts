// Note: R-ANSO-TWAS — "developing" means not high income in the World Bank's current
// classification. This is data, updated when the World Bank publishes a new list.
// Source: World Bank Group country classifications by income level for FY26 (1 July 2025 –
// 30 June 2026), based on 2024 Atlas GNI per capita (high income: more than US$13,935);
// https://datahelpdesk.worldbank.org/knowledgebase/articles/906519 — transcribed 2025-07.
// The FY26 change into this group was Costa Rica. "Channel Islands" is listed as JE and GG.
// Economies without an ISO 3166-1 code are left out.
export const HIGH_INCOME_SOURCE = 'World Bank income classification FY26 (2025-07-01)';

export const HIGH_INCOME_CODES: ReadonlySet<string> = new Set([
  'AD', // Andorra
  'AE', // United Arab Emirates
  'AG', // Antigua and Barbuda
  'AS', // American Samoa
  'AT', // Austria
  'AU', // Australia
  'AW', // Aruba
  'BB', // Barbados
  'BE', // Belgium
  'BG', // Bulgaria
  'BH', // Bahrain
  'BM', // Bermuda
  'BN', // Brunei Darussalam
  'BS', // Bahamas
  'CA', // Canada
  'CH', // Switzerland
  'CL', // Chile
  'CR', // Costa Rica
  'CW', // Curaçao
  'CY', // Cyprus
  'CZ', // Czechia
  'DE', // Germany
  'DK', // Denmark
  'EE', // Estonia
  'ES', // Spain
  'FI', // Finland
  'FO', // Faroe Islands
  'FR', // France
  'GB', // United Kingdom
  'GG', // Guernsey (Channel Islands)
  'GI', // Gibraltar
  'GL', // Greenland
  'GR', // Greece
  'GU', // Guam
  'GY', // Guyana
  'HK', // Hong Kong SAR, China
  'HR', // Croatia
  'HU', // Hungary
  'IE', // Ireland
  'IL', // Israel
  'IM', // Isle of Man
  'IS', // Iceland
  'IT', // Italy
  'JE', // Jersey (Channel Islands)
  'JP', // Japan
  'KN', // St. Kitts and Nevis
  'KR', // Korea, Rep.
  'KW', // Kuwait
  'KY', // Cayman Islands
  'LI', // Liechtenstein
  'LT', // Lithuania
  'LU', // Luxembourg
  'LV', // Latvia
  'MC', // Monaco
  'MF', // St. Martin (French part)
  'MO', // Macao SAR, China
  'MP', // Northern Mariana Islands
  'MT', // Malta
  'NC', // New Caledonia
  'NL', // Netherlands
  'NO', // Norway
  'NR', // Nauru
  'NZ', // New Zealand
  'OM', // Oman
  'PA', // Panama
  'PF', // French Polynesia
  'PL', // Poland
  'PR', // Puerto Rico
  'PT', // Portugal
  'PW', // Palau
  'QA', // Qatar
  'RO', // Romania
  'RU', // Russian Federation
  'SA', // Saudi Arabia
  'SC', // Seychelles
  'SE', // Sweden
  'SG', // Singapore
  'SI', // Slovenia
  'SK', // Slovak Republic
  'SM', // San Marino
  'SX', // Sint Maarten (Dutch part)
  'TC', // Turks and Caicos Islands
  'TT', // Trinidad and Tobago
  'TW', // Taiwan, China
  'US', // United States
  'UY', // Uruguay
  'VG', // British Virgin Islands
  'VI', // Virgin Islands (U.S.)
]);
