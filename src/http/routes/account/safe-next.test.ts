import { describe, expect, it } from 'vitest';

import { parseNext, safeNext } from './account.schema';

// Each row: what `next` arrives as (already percent-decoded by the query or form parser,
// as the route sees it), and where sign-in may send the browser. `null` = refused.
const CASES: [string, unknown, string | null][] = [
  ['a plain path', '/applications', '/applications'],
  [
    'a path with its query and fragment',
    '/admin/audit?action=x&page=2#top',
    '/admin/audit?action=x&page=2#top',
  ],
  ['dot segments are resolved', '/a/./b/../c', '/a/c'],
  [
    'non-ASCII is percent-encoded, so it fits a header',
    '/程序?q=é',
    '/%E7%A8%8B%E5%BA%8F?q=%C3%A9',
  ],
  ['a still-encoded tab stays encoded (a harmless path)', '/%09/evil.example', '/%09/evil.example'],
  ['a tab after the slash (browsers drop it: //evil)', '/\t/evil.example', null],
  ['a tab inside the path', '/app\tlications', null],
  ['a newline (header injection)', '/account\nSet-Cookie: x=1', null],
  ['a carriage return', '/account\r', null],
  ['a NUL byte', '/account\u0000', null],
  ['DEL', '/account\u007f', null],
  ['a C1 control', '/account\u0085', null],
  ['a line separator', '/account\u2028', null],
  ['a paragraph separator', '/account\u2029', null],
  ['a bidi override', '/\u202e/evil', null],
  ['a zero-width space', '/\u200b/evil', null],
  ['a leading space', ' /account', null],
  ['a backslash after the slash (/\\evil = //evil)', '/\\evil.example', null],
  ['a backslash anywhere', '/a\\b', null],
  ['protocol-relative', '//evil.example', null],
  ['protocol-relative with a path', '//evil.example/account', null],
  ['three slashes', '///evil.example', null],
  ['dot segments that climb to //', '/..//evil.example', null],
  ['encoded dot segments that climb to //', '/%2e%2e//evil.example', null],
  ['an encoded protocol-relative URL (not a path)', '%2F%2Fevil.example', null],
  ['an absolute URL', 'https://evil.example/', null],
  ['an absolute URL of our own scheme', 'http://localhost:3000/account', null],
  ['a scheme without slashes', 'https:evil.example', null],
  ['javascript:', 'javascript:alert(1)', null],
  ['an encoded javascript:', 'javascript%3Aalert(1)', null],
  ['data:', 'data:text/html,<script>alert(1)</script>', null],
  ['a relative path', 'account', null],
  ['empty', '', null],
  ['undefined', undefined, null],
  ['an array (a repeated field)', ['/a', '/b'], null],
  ['over 2,048 characters', `/${'a'.repeat(2048)}`, null],
];

describe('parseNext: only a same-origin path may follow sign-in', () => {
  for (const [name, next, expected] of CASES) {
    it(`${name} → ${expected ?? 'refused'}`, () => {
      expect(parseNext(next)).toBe(expected);
    });
  }
});

describe('safeNext', () => {
  it('falls back to the account page when refused', () => {
    expect(safeNext('//evil.example')).toBe('/account');
  });

  it('falls back to the given default when refused', () => {
    expect(safeNext('/\t/evil', '/applicant/profile?saved=1')).toBe('/applicant/profile?saved=1');
  });

  it('every accepted path is a same-origin path a browser cannot read as another host', () => {
    for (const [, next] of CASES) {
      const out = safeNext(next);
      expect(out.startsWith('/')).toBe(true);
      expect(out.startsWith('//')).toBe(false);
      expect(new URL(out, 'https://site.example').origin).toBe('https://site.example');
      expect(/[\p{Cc}\p{Cf}\s\\]/u.test(out)).toBe(false);
    }
  });
});
