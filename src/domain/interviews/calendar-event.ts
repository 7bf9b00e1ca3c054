// What an interview's calendar file says (RFC 5545), assembled here without I/O; the service
// serialises it with the `ics` library. Times go out in UTC (DTSTART:…Z), so every calendar
// shows them in its owner's zone.

/** One event of an interview's .ics. */
export type TCalendarEvent = {
  uid: string;
  /** [year, month, day, hour, minute] in UTC, as the library takes it. */
  startUtc: [number, number, number, number, number];
  durationMinutes: number;
  title: string;
  description: string;
  location: string;
  status: 'TENTATIVE' | 'CONFIRMED';
  /** RFC 5545 SEQUENCE: a later booking of the same interview replaces the earlier event. */
  sequence: number;
  /** DTSTAMP: when the file was made (the request's instant). */
  stampedAt: Date;
};

/** The file's METHOD (RFC 5546): PUBLISH for the candidate slots, REQUEST for the booking. */
export type TCalendarMethod = 'PUBLISH' | 'REQUEST';

/** @example utcParts(new Date('2026-03-12T06:00:00Z')) // [2026, 3, 12, 6, 0] */
export function utcParts(instant: Date): [number, number, number, number, number] {
  return [
    instant.getUTCFullYear(),
    instant.getUTCMonth() + 1,
    instant.getUTCDate(),
    instant.getUTCHours(),
    instant.getUTCMinutes(),
  ];
}

/**
 * The event of a booked interview. Its UID is the interview's, so rebooking sends the same UID
 * with a higher SEQUENCE and the calendar moves the event instead of adding a second one.
 * `sequence` counts the bookings (seconds since 2026-01-01 of this booking: always larger for a
 * later one, with no counter to keep).
 * @example bookedEvent({ interviewId: 'i1', slot, title, description, bookedAt }).uid // 'interview-i1@jiangxue'
 */
export function bookedEvent(p: {
  interviewId: string;
  slot: { startsAt: Date; durationMinutes: number; location: string };
  title: string;
  description: string;
  bookedAt: Date;
}): TCalendarEvent {
  return {
    uid: `interview-${p.interviewId}@jiangxue`,
    startUtc: utcParts(p.slot.startsAt),
    durationMinutes: p.slot.durationMinutes,
    title: p.title,
    description: p.description,
    location: p.slot.location,
    status: 'CONFIRMED',
    sequence: Math.max(0, Math.floor((p.bookedAt.getTime() - Date.UTC(2026, 0, 1)) / 1000)),
    stampedAt: p.bookedAt,
  };
}

/**
 * The candidate slots of an invitation, each a TENTATIVE event with the slot's own UID (the
 * booking's event has another UID, so booking adds the confirmed one beside them).
 * @example candidateEvents({ slots, title, description, at }).every((e) => e.status === 'TENTATIVE') // true
 */
export function candidateEvents(p: {
  slots: readonly { id: string; startsAt: Date; durationMinutes: number; location: string }[];
  title: string;
  description: string;
  at: Date;
}): TCalendarEvent[] {
  return p.slots.map((s) => ({
    uid: `slot-${s.id}@jiangxue`,
    startUtc: utcParts(s.startsAt),
    durationMinutes: s.durationMinutes,
    title: p.title,
    description: p.description,
    location: s.location,
    status: 'TENTATIVE',
    sequence: 0,
    stampedAt: p.at,
  }));
}
