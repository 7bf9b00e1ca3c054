import { getDomain, getDomainWithoutSuffix } from 'tldts';

import { INSTITUTION_ALIASES, SEPARATE_SUBDOMAIN_PARENTS } from './institution-aliases';
import type { TInstitutionToken } from './normalise-institution';
import { PUBLIC_MAIL_BRANDS, PUBLIC_MAIL_DOMAINS } from './public-mail-domains';

/**
 * An e-mail address in the form addresses are compared in: NFKC (a full-width "＠" is "@"),
 * trimmed, lower case. R-GEN-COI compares referees and supervisors by address, case-insensitive.
 * @example normaliseEmail(' Li.Wei@UCAS.ac.cn ') // 'li.wei@ucas.ac.cn'
 */
export function normaliseEmail(email: string): string {
  return email.normalize('NFKC').trim().toLowerCase();
}

/**
 * R-REV-COI-INST: the registrable domain of an address, subdomains folded by the Public Suffix
 * List (tldts), so `a@dept.ucas.ac.cn` and `b@ucas.ac.cn` give `ucas.ac.cn` while `iphy.ac.cn`
 * stays itself (`ac.cn` is a suffix). Under `cas.cn` each institute keeps its own label.
 * Null when the address has no domain.
 * @example emailDomain('a@dept.ucas.ac.cn') // 'ucas.ac.cn'
 * @example emailDomain('x@mail.ioz.cas.cn') // 'ioz.cas.cn'
 */
export function emailDomain(email: string): string | null {
  const address = normaliseEmail(email);
  const at = address.lastIndexOf('@');
  const host = address.slice(at + 1).replace(/\.+$/, '');
  if (at < 0 || host === '') return null;
  const registrable = getDomain(host) ?? host;
  if (SEPARATE_SUBDOMAIN_PARENTS.has(registrable) && host !== registrable) {
    const below = host
      .slice(0, -registrable.length - 1)
      .split('.')
      .pop()!;
    return `${below}.${registrable}`;
  }
  return registrable;
}

/**
 * A registrable domain of a public mail provider (data in public-mail-domains.ts).
 * @example isPublicMailDomain('qq.com') // true
 * @example isPublicMailDomain('yahoo.co.uk') // true (a provider's country domain)
 * @example isPublicMailDomain('ucas.ac.cn') // false
 */
export function isPublicMailDomain(domain: string): boolean {
  if (PUBLIC_MAIL_DOMAINS.has(domain)) return true;
  const brand = getDomainWithoutSuffix(domain);
  return brand !== null && PUBLIC_MAIL_BRANDS.has(brand);
}

const ALIAS_BY_DOMAIN: ReadonlyMap<string, string> = new Map(
  INSTITUTION_ALIASES.flatMap((a) => a.domains.map((d) => [d, a.id])),
);

/**
 * The token an address's institution is compared by: a known institution's alias id (so
 * `ucas.edu.cn` ~ `ucas.ac.cn`, and ~ the name "UCAS"), else `domain:` and the registrable
 * domain; null for a public mail domain, which never makes a conflict by itself.
 * @example institutionEmailToken('b@mails.ucas.ac.cn') // 'alias:ucas'
 * @example institutionEmailToken('b@vip.163.com') // null
 */
export function institutionEmailToken(email: string): TInstitutionToken | null {
  const domain = emailDomain(email);
  if (domain === null || isPublicMailDomain(domain)) return null;
  const alias = ALIAS_BY_DOMAIN.get(domain);
  return alias !== undefined ? `alias:${alias}` : `domain:${domain}`;
}
