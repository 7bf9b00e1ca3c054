/**
 * The fields a browser would send from a server-rendered form: inputs (checked checkboxes as
 * "on"), textareas, and never the CSRF token (Browser.post adds a fresh one).
 */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input[^>]*name="([^"]+)"[^>]*>/g)) {
    const tag = m[0];
    const name = m[1]!;
    if (name === '_csrf') continue;
    if (/type="checkbox"/.test(tag)) {
      if (/\bchecked\b/.test(tag)) fields[name] = 'on';
      continue;
    }
    fields[name] = /value="([^"]*)"/.exec(tag)?.[1] ?? '';
  }
  for (const m of html.matchAll(/<textarea[^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g))
    fields[m[1]!] = m[2]!;
  return fields;
}
