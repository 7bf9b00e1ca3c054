import { getDomain } from 'tldts';

import { PUBLIC_MAIL_DOMAINS } from './public-mail-domains';

/**
 * The registrable domain of an e-mail address, subdomains folded by the Public Suffix List
 * (tldts): `a@dept.ucas.ac.cn` → `ucas.ac.cn` (R-REV-COI-INST). Null for no usable domain.
 * @example emailDomain('Li.Wei@Mail.USTC.edu.cn') // 'ustc.edu.cn'
 */
export function emailDomain(email: string): string | null {
  const address = email.normalize('NFKC').trim().toLowerCase();
  const at = address.lastIndexOf('@');
  if (at < 0) return null;
  const host = address.slice(at + 1).replace(/\.$/, '');
  return host ? getDomain(host) : null;
}

/**
 * A public mail service's domain (gmail.com, qq.com, 163.com …): sharing one is no tie.
 * @example isPublicMailDomain('qq.com') // true
 */
export function isPublicMailDomain(domain: string): boolean {
  return PUBLIC_MAIL_DOMAINS.has(domain.toLowerCase());
}

/**
 * Whether two addresses share an institution's mail domain (R-REV-COI-INST): the same
 * registrable domain, and not a public mail service's.
 * @example isSameMailInstitution('a@dept.ucas.ac.cn', 'b@ucas.ac.cn') // true
 * @example isSameMailInstitution('a@gmail.com', 'b@gmail.com') // false
 */
export function isSameMailInstitution(a: string, b: string): boolean {
  const domain = emailDomain(a);
  return domain !== null && domain === emailDomain(b) && !isPublicMailDomain(domain);
}
