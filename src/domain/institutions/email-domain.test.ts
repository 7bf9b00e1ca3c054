import { describe, expect, it } from 'vitest';

import { emailDomain, isPublicMailDomain, isSameMailInstitution } from './email-domain';

describe('R-REV-COI-INST: e-mail domains with subdomains folded', () => {
  it.each([
    ['a@dept.ucas.ac.cn', 'ucas.ac.cn'],
    ['b@ucas.ac.cn', 'ucas.ac.cn'],
    ['Li.Wei@Mail.USTC.edu.cn', 'ustc.edu.cn'],
    ['x@cs.ox.ac.uk', 'ox.ac.uk'],
    ['someone@yahoo.co.uk', 'yahoo.co.uk'],
    ['ｌｉ＠ｐｋｕ．ｅｄｕ．ｃｎ', 'pku.edu.cn'],
    ['no-at-sign', null],
    ['trailing@', null],
  ])('%s → %s', (email, domain) => {
    expect(emailDomain(email)).toBe(domain);
  });

  it.each([
    ['a@dept.ucas.ac.cn', 'b@ucas.ac.cn', true],
    ['a@mails.ucas.ac.cn', 'b@sz.ucas.ac.cn', true],
    ['a@ucas.ac.cn', 'b@ustc.edu.cn', false],
    ['a@ox.ac.uk', 'b@cam.ac.uk', false],
    ['a@gmail.com', 'b@gmail.com', false],
    ['a@qq.com', 'b@qq.com', false],
    ['a@163.com', 'b@163.com', false],
    ['a@outlook.com', 'b@outlook.com', false],
    ['a@yahoo.com', 'b@yahoo.com', false],
    ['a', 'b', false],
  ])('%s ~ %s → %s (a public mail domain never ties by itself)', (a, b, same) => {
    expect(isSameMailInstitution(a, b)).toBe(same);
  });

  it.each([
    'gmail.com',
    'qq.com',
    '163.com',
    '126.com',
    'foxmail.com',
    'outlook.com',
    'hotmail.com',
  ])('%s is a public mail domain', (domain) => {
    expect(isPublicMailDomain(domain)).toBe(true);
  });
});
