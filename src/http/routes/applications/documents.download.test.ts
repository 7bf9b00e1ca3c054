import { describe, expect, it } from 'vitest';

import { contentDisposition } from './documents.download';

describe('download Content-Disposition', () => {
  it('keeps a Chinese name in filename* and an ASCII fallback without quotes or separators', () => {
    expect(contentDisposition('attachment', '护照 "scan";.pdf')).toBe(
      `attachment; filename="__ _scan__.pdf"; filename*=UTF-8''%E6%8A%A4%E7%85%A7%20%22scan%22%3B.pdf`,
    );
  });

  it('cannot be broken by a line break or a backslash', () => {
    const header = contentDisposition('attachment', 'a\r\nSet-Cookie: x\\.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toContain('filename="a__Set-Cookie: x_.pdf"');
  });
});
