import { describe, expect, it } from 'vitest';

import {
  emailDomain,
  institutionEmailToken,
  isPublicMailDomain,
  normaliseEmail,
} from './email-domain';

describe('R-REV-COI-INST: emailDomain folds subdomains to the registrable domain', () => {
  it.each([
    ['a subdomain folds', 'a@dept.ucas.ac.cn', 'ucas.ac.cn'],
    ['the registrable domain itself', 'b@ucas.ac.cn', 'ucas.ac.cn'],
    ['a public suffix is not an institution', 'c@iphy.ac.cn', 'iphy.ac.cn'],
    ['two-label suffixes', 'd@cs.ox.ac.uk', 'ox.ac.uk'],
    ['case and a trailing dot', 'E@Mail.USTC.edu.CN.', 'ustc.edu.cn'],
    ['full-width at sign (NFKC)', 'f＠ucas.ac.cn', 'ucas.ac.cn'],
    ['CAS institutes keep their own label', 'g@mail.ioz.cas.cn', 'ioz.cas.cn'],
    ['an unknown suffix stays whole', 'h@lab.internal', 'lab.internal'],
    ['no domain', 'nobody', null],
    ['an empty domain', 'nobody@', null],
  ])('%s: %s → %s', (_, email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });
});

describe('R-REV-COI-INST: public mail domains never make a conflict by themselves', () => {
  it.each([
    ['gmail.com', true],
    ['qq.com', true],
    ['163.com', true],
    ['126.com', true],
    ['outlook.com', true],
    ['hotmail.com', true],
    ['yahoo.com', true],
    ['foxmail.com', true],
    ['icloud.com', true],
    ['protonmail.com', true],
    ['yahoo.co.uk', true],
    ['hotmail.fr', true],
    ['ucas.ac.cn', false],
    ['ox.ac.uk', false],
  ])('%s → %s', (domain, isPublic) => {
    expect(isPublicMailDomain(domain)).toBe(isPublic);
  });

  it.each([
    ['x@vip.qq.com', null],
    ['x@gmail.com', null],
    ['x@ucas.edu.cn', 'alias:ucas'],
    ['x@ucas.ac.cn', 'alias:ucas'],
    ['x@cs.ox.ac.uk', 'domain:ox.ac.uk'],
  ])('institutionEmailToken(%s) → %s', (email, token) => {
    expect(institutionEmailToken(email)).toBe(token);
  });
});

describe('R-GEN-COI: addresses compare case-insensitively', () => {
  it('upper case and spaces → the same address', () => {
    expect(normaliseEmail(' Li.Wei@UCAS.ac.cn ')).toBe('li.wei@ucas.ac.cn');
  });
});
