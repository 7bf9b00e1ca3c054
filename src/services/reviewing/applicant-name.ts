/** An applicant's name as the review pages show it: "FAMILY Given (中文名)", or nothing known. */
export function applicantName(p: {
  familyName: string | null;
  givenNames: string | null;
  nameZh: string | null;
}): string {
  const latin = [p.familyName, p.givenNames].filter((s) => s && s.trim()).join(' ');
  if (latin && p.nameZh) return `${latin} (${p.nameZh})`;
  return latin || p.nameZh || '—';
}
