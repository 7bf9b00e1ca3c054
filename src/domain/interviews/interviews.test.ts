import { describe, expect, it } from 'vitest';

import {
  bookedEvent,
  canBook,
  checkSlot,
  chooseZone,
  endTimeInZone,
  mainZoneOf,
  timeInZone,
} from '.';

const now = new Date('2026-03-10T02:00:00Z');
const slot = { date: '2026-03-12', time: '14:00', duration: '30', location: 'Room 101' };

describe('checkSlot (Beijing time in, UTC kept)', () => {
  it('14:00 Beijing time on 12 March → 06:00Z', () => {
    const r = checkSlot(slot, now);
    expect(r.ok && r.slot.startsAt.toISOString()).toBe('2026-03-12T06:00:00.000Z');
  });
  it.each([
    [{ date: '2026-02-30' }, 'date', 'date'],
    [{ date: '12/03/2026' }, 'date', 'date'],
    [{ time: '24:00' }, 'time', 'time'],
    [{ date: '2026-03-10', time: '10:00' }, 'date', 'past'],
    [{ duration: '9' }, 'duration', 'duration'],
    [{ duration: '241' }, 'duration', 'duration'],
    [{ duration: '30.5' }, 'duration', 'duration'],
    [{ location: '   ' }, 'location', 'location'],
  ])('%o → %s: %s', (change, field, problem) => {
    const r = checkSlot({ ...slot, ...change }, now);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toContainEqual({ field, problem });
  });
  it('exactly now (10:00 Beijing on 10 March) is already past', () => {
    expect(checkSlot({ ...slot, date: '2026-03-10', time: '10:00' }, now).ok).toBe(false);
    expect(checkSlot({ ...slot, date: '2026-03-10', time: '10:01' }, now).ok).toBe(true);
  });
});

describe('canBook', () => {
  const later = new Date('2026-03-12T06:00:00Z');
  it('a free future slot → yes; another’s → no; one’s own → yes; started → no', () => {
    expect(canBook({ id: 's', startsAt: later, bookedBy: null }, 'i1', now)).toBe(true);
    expect(canBook({ id: 's', startsAt: later, bookedBy: 'i2' }, 'i1', now)).toBe(false);
    expect(canBook({ id: 's', startsAt: later, bookedBy: 'i1' }, 'i1', now)).toBe(true);
    expect(canBook({ id: 's', startsAt: now, bookedBy: null }, 'i1', now)).toBe(false);
  });
});

describe('zones', () => {
  const at = new Date('2026-03-12T06:00:00Z');
  it('shows one instant in Nairobi (UTC+3) and São Paulo (UTC-3), both languages', () => {
    expect(timeInZone(at, 'Africa/Nairobi', 'en')).toBe(
      '12 Mar 2026, 09:00 (Africa/Nairobi, UTC+3)',
    );
    expect(timeInZone(at, 'America/Sao_Paulo', 'zh-CN')).toBe(
      '2026年3月12日 03:00（America/Sao_Paulo，UTC-3）',
    );
    expect(timeInZone(at, 'Asia/Kathmandu', 'en')).toBe(
      '12 Mar 2026, 11:45 (Asia/Kathmandu, UTC+5:45)',
    );
    expect(endTimeInZone(at, 30, 'Asia/Shanghai')).toBe('14:30');
  });
  it('chooses the asked zone, else the remembered one, else the nationality’s, ignoring unknown names', () => {
    expect(
      chooseZone({ asked: 'America/Sao_Paulo', remembered: 'Europe/Paris', nationality: 'KE' }),
    ).toEqual({ zone: 'America/Sao_Paulo', source: 'query' });
    expect(
      chooseZone({ asked: 'Mars/Olympus', remembered: 'Europe/Paris', nationality: 'KE' }).zone,
    ).toBe('Europe/Paris');
    expect(chooseZone({ asked: undefined, remembered: undefined, nationality: 'KE' }).zone).toBe(
      'Africa/Nairobi',
    );
    expect(mainZoneOf('XX')).toBe('Asia/Shanghai');
  });
});

describe('bookedEvent', () => {
  it('keeps the interview’s UID and grows SEQUENCE with a later booking', () => {
    const s = {
      startsAt: new Date('2026-03-12T06:00:00Z'),
      durationMinutes: 30,
      location: 'Room 101',
    };
    const a = bookedEvent({
      interviewId: 'i1',
      slot: s,
      title: 't',
      description: 'd',
      bookedAt: now,
    });
    const b = bookedEvent({
      interviewId: 'i1',
      slot: s,
      title: 't',
      description: 'd',
      bookedAt: new Date(now.getTime() + 1000),
    });
    expect(a.uid).toBe(b.uid);
    expect(b.sequence).toBeGreaterThan(a.sequence);
    expect(a.startUtc).toEqual([2026, 3, 12, 6, 0]);
  });
});
