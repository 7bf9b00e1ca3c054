/** What a one-time token is replaced with on the mailbox pages. */
export const MASK = '••••';

// Note: the places a one-time token travels in an email: `?token=` (email verification,
// password reset) and the personal path of a referee link (`/r/<token>`) or a resume link.
// Tokens are base64url, so a full stop or a line break ends one.
const ONE_TIME_LINKS = [/([?&]token=)[A-Za-z0-9_-]+/g, /(\/(?:r|resume)\/)[A-Za-z0-9_-]+/g];

/**
 * The body of an email with the token of every one-time link replaced by MASK, and whether
 * there was any: an administrator reading the mailbox must not be able to use someone's link
 * without revealing it (which is audited).
 * @example maskMailLinks('https://x/r/AbC').text // 'https://x/r/••••'
 */
export function maskMailLinks(text: string): { text: string; hasSecrets: boolean } {
  let hasSecrets = false;
  let masked = text;
  for (const pattern of ONE_TIME_LINKS) {
    masked = masked.replace(pattern, (_match, prefix: string) => {
      hasSecrets = true;
      return `${prefix}${MASK}`;
    });
  }
  return { text: masked, hasSecrets };
}
