import { createEvents, type EventAttributes } from 'ics';

import type { TMailAttachment } from '@/db/schema';
import type { TCalendarEvent, TCalendarMethod } from '@/domain/interviews';

/** Who sends the calendar file (RFC 5546 asks a REQUEST for an ORGANIZER). */
export type TOrganizer = { name: string; email: string };

/**
 * An .ics attachment from the domain's events, serialised by the `ics` library (RFC 5545 line
 * folding, escaping, CRLF). Candidate slots are TENTATIVE and TRANSPARENT (they block no time);
 * a booking is CONFIRMED and OPAQUE, with the applicant as attendee.
 * @example icsAttachment('interview.ics', 'REQUEST', [event], organizer, attendee).content // 'BEGIN:VCALENDAR…'
 */
export function icsAttachment(
  filename: string,
  method: TCalendarMethod,
  events: readonly TCalendarEvent[],
  organizer: TOrganizer,
  attendee?: { name: string; email: string },
): TMailAttachment {
  const attributes = events.map((e): EventAttributes => ({
    uid: e.uid,
    start: e.startUtc,
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: e.durationMinutes },
    title: e.title,
    description: e.description,
    location: e.location,
    status: e.status,
    sequence: e.sequence,
    busyStatus: e.status === 'CONFIRMED' ? 'BUSY' : 'FREE',
    transp: e.status === 'CONFIRMED' ? 'OPAQUE' : 'TRANSPARENT',
    organizer,
    ...(attendee
      ? {
          attendees: [{ ...attendee, rsvp: false, partstat: 'ACCEPTED', role: 'REQ-PARTICIPANT' }],
        }
      : {}),
    // DTSTAMP from the request's clock, not the library's Date.now() (R-GEN-TIME).
    ...({ timestamp: e.stampedAt.getTime() } as object),
  }));
  const { error, value } = createEvents(attributes, {
    productId: '-//Jiangxue//Interviews//EN',
    method,
  });
  if (error || !value) throw error ?? new Error('ics produced nothing');
  return {
    filename,
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: value,
  };
}
