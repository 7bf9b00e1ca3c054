import { describe, expect, it } from 'vitest';

import {
  canManageReferees,
  displayStatus,
  dueReminder,
  letterLinkState,
  lettersNeeded,
} from './referee-rules';

describe('lettersNeeded: from the programs’ document lists', () => {
  it.each([
    ['csc', 'doctoral', 2],
    ['csc', 'undergraduate', 2],
    ['pifi', 'fellow', 2],
    ['cas-anso', 'phd', 2],
    ['cas-anso', 'twas', 2],
    ['bgs', 'master', 2],
    ['bgs', 'doctoral', 2],
    ['bgs', 'research_scholar', 2],
    ['bgs', 'undergraduate', 0],
    ['bgs', 'preparatory', 0],
    ['bgs', 'visiting', 0],
    ['nope', 'master', 0],
    ['csc', 'nope', 0],
  ])('R-GEN-REFEREE / R-BGS-LETTERS: %s %s needs %i', (program, track, n) => {
    expect(lettersNeeded(program, track)).toBe(n);
  });
});

describe('canManageReferees: while the application is open and before the deadline', () => {
  const closesOn = '2026-01-31';
  it.each([
    ['draft', '2026-01-31T15:59:59Z', true],
    ['submitted', '2026-01-31T15:59:59Z', true],
    ['withdrawn', '2026-01-31T15:59:59Z', true],
    ['draft', '2026-01-31T16:00:00Z', false],
    ['under_review', '2026-01-20T00:00:00Z', false],
    ['incomplete', '2026-01-20T00:00:00Z', false],
    ['decided', '2026-01-20T00:00:00Z', false],
  ])('R-GEN-TIME: %s at %s → %s', (status, at, expected) => {
    expect(canManageReferees({ status, closesOn }, new Date(at))).toBe(expected);
  });
});

describe('letterLinkState: the link dies when the letter is in, declined, replaced or late', () => {
  const live = { status: 'opened', replacedAt: null };
  it('R-GEN-TIME: 23:59:59 Beijing time on the deadline day still opens', () => {
    expect(letterLinkState(live, '2026-01-31', new Date('2026-01-31T15:59:59Z'))).toEqual({
      ok: true,
    });
  });
  it('R-GEN-TIME: 00:00:00 Beijing time the day after is closed', () => {
    expect(letterLinkState(live, '2026-01-31', new Date('2026-01-31T16:00:00Z'))).toEqual({
      ok: false,
      problem: 'closed',
    });
  });
  it.each([
    [{ status: 'submitted', replacedAt: null }, 'submitted'],
    [{ status: 'declined', replacedAt: null }, 'declined'],
    [{ status: 'invited', replacedAt: new Date('2026-01-02T00:00:00Z') }, 'replaced'],
  ])('R-GEN-REFEREE: %o → %s', (referee, problem) => {
    expect(letterLinkState(referee, '2026-01-31', new Date('2026-01-10T00:00:00Z'))).toEqual({
      ok: false,
      problem,
    });
  });
});

describe('displayStatus: the status only, bounced read from the outbox', () => {
  const invitedAt = new Date('2026-01-10T00:00:00Z');
  const referee = { status: 'invited', email: 'prof@example.org', invitedAt };
  it('the newest invitation since the latest invite bounced → bounced', () => {
    expect(
      displayStatus(referee, [
        { toAddress: 'prof@example.org', status: 'bounced', createdAt: invitedAt },
      ]),
    ).toBe('bounced');
  });
  it('a bounce of an older invitation (before a resend) does not count', () => {
    expect(
      displayStatus({ ...referee, invitedAt: new Date('2026-01-11T00:00:00Z') }, [
        {
          toAddress: 'prof@example.org',
          status: 'sent',
          createdAt: new Date('2026-01-11T00:00:00Z'),
        },
        { toAddress: 'prof@example.org', status: 'bounced', createdAt: invitedAt },
      ]),
    ).toBe('invited');
  });
  it('another referee’s bounce does not count', () => {
    expect(
      displayStatus(referee, [
        { toAddress: 'other@example.org', status: 'bounced', createdAt: invitedAt },
      ]),
    ).toBe('invited');
  });
  it('once opened, the referee got the email whatever the outbox says', () => {
    expect(
      displayStatus({ ...referee, status: 'opened' }, [
        { toAddress: 'prof@example.org', status: 'bounced', createdAt: invitedAt },
      ]),
    ).toBe('opened');
  });
});

describe('dueReminder: 7 and 2 days before the deadline, once each', () => {
  // 2026-01-31 closes at 2026-01-31T16:00:00Z; 7 days before: 01-24T16:00Z; 2 days: 01-29T16:00Z.
  const base = {
    closesOn: '2026-01-31',
    invitedAt: new Date('2026-01-01T00:00:00Z'),
    remindedAt: null,
  };
  it.each([
    ['2026-01-24T15:59:59Z', null],
    ['2026-01-24T16:00:00Z', 7],
    ['2026-01-29T15:59:59Z', 7],
    ['2026-01-29T16:00:00Z', 2],
    ['2026-01-31T15:59:59Z', 2],
    ['2026-01-31T16:00:00Z', null],
  ])('exactly at %s → %s', (at, stage) => {
    expect(dueReminder(base, new Date(at))).toBe(stage);
  });
  it('the 7-day reminder is not sent twice', () => {
    const remindedAt = new Date('2026-01-25T01:00:00Z');
    expect(dueReminder({ ...base, remindedAt }, new Date('2026-01-26T01:00:00Z'))).toBeNull();
  });
  it('after the 7-day reminder, the 2-day one is still due once', () => {
    const remindedAt = new Date('2026-01-25T01:00:00Z');
    expect(dueReminder({ ...base, remindedAt }, new Date('2026-01-30T01:00:00Z'))).toBe(2);
    const again = new Date('2026-01-30T01:00:00Z');
    expect(dueReminder({ ...base, remindedAt: again }, new Date('2026-01-31T01:00:00Z'))).toBe(
      null,
    );
  });
  it('a referee invited inside a stage is not reminded for it', () => {
    const invitedAt = new Date('2026-01-26T00:00:00Z');
    expect(dueReminder({ ...base, invitedAt }, new Date('2026-01-27T00:00:00Z'))).toBeNull();
    expect(dueReminder({ ...base, invitedAt }, new Date('2026-01-30T00:00:00Z'))).toBe(2);
  });
});
