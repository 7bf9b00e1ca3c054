import { endTimeInZone, timeInZone } from '@/domain/interviews';
import { formatBeijingDateTime } from '@/i18n/format';
import type { TLocale } from '@/i18n/locales';
import { translate } from '@/i18n/translate';

type TSlotFacts = { startsAt: Date; durationMinutes: number; location: string };

/**
 * One slot as an email lists it, in the reader's language: Beijing time first (R-GEN-TIME),
 * then the same instant in the reader's zone, the length and the place.
 * @example slotText({ startsAt, durationMinutes: 30, location: 'Room 101' }, 'Africa/Nairobi', 'en')
 */
export function slotText(slot: TSlotFacts, zone: string, locale: TLocale): string {
  return translate(locale, 'interviews.email_slot_line', {
    beijing: formatBeijingDateTime(slot.startsAt, locale),
    end: endTimeInZone(slot.startsAt, slot.durationMinutes, 'Asia/Shanghai'),
    minutes: slot.durationMinutes,
    local: timeInZone(slot.startsAt, zone, locale),
    location: slot.location,
  });
}
