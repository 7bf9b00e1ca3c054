import { describe, expect, it } from 'vitest';

import { maskMailLinks, MASK } from './mask-mail-links';

const TOKEN = 'Zx9_-abcDEF0123456789ghijklmnopqrstuvwxyzAB';

describe('maskMailLinks: one-time links lose their token, everything else stays', () => {
  const CASES: [string, string, string][] = [
    [
      'an email-verification link',
      `Open this link:\nhttp://localhost:3000/verify-email?token=${TOKEN}\n`,
      `Open this link:\nhttp://localhost:3000/verify-email?token=${MASK}\n`,
    ],
    [
      'a password-reset link',
      `https://jx.example/reset-password?token=${TOKEN}`,
      `https://jx.example/reset-password?token=${MASK}`,
    ],
    [
      'a token that is not the first query parameter',
      `https://jx.example/reset-password?lang=zh-CN&token=${TOKEN}&x=1`,
      `https://jx.example/reset-password?lang=zh-CN&token=${MASK}&x=1`,
    ],
    ['a referee’s personal link', `https://jx.example/r/${TOKEN}`, `https://jx.example/r/${MASK}`],
    [
      'a referee link followed by a sentence’s full stop',
      `Open https://jx.example/r/${TOKEN}. Thanks`,
      `Open https://jx.example/r/${MASK}. Thanks`,
    ],
    ['a resume link', `https://jx.example/resume/${TOKEN}`, `https://jx.example/resume/${MASK}`],
    [
      'two links in one body',
      `a https://x/r/${TOKEN} b https://x/verify-email?token=${TOKEN}`,
      `a https://x/r/${MASK} b https://x/verify-email?token=${MASK}`,
    ],
  ];
  for (const [name, text, masked] of CASES) {
    it(`${name} is masked`, () => {
      const result = maskMailLinks(text);
      expect(result.text).toBe(masked);
      expect(result.text).not.toContain(TOKEN);
      expect(result.hasSecrets).toBe(true);
    });
  }

  const PLAIN = [
    [
      'a status link',
      'https://jx.example/applications/0b6f3c1e-0000-4000-8000-000000000000/status',
    ],
    ['the sign-in and forgot-password links', 'https://x/sign-in https://x/forgot-password'],
    ['a referees page link (not a personal one)', 'https://x/applications/1/referees'],
    ['an empty token', 'https://x/reset-password?token='],
    ['no link at all', 'Dear Amina,\n\nYour letter has arrived.'],
  ];
  for (const [name, text] of PLAIN) {
    it(`${name} is left as it is`, () => {
      expect(maskMailLinks(text!)).toEqual({ text, hasSecrets: false });
    });
  }
});
