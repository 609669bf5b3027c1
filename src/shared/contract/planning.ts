import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './common';
import type { FileDownload } from './common';
import type { DeadlineMove } from './collaborations';
import type { DeliverableKind } from '../domain';

/** Rows of the Today / Week view (src/main/planning/today.ts). */
export const TODAY_KINDS = [
  'deliverable_overdue',
  'deliverable_due',
  'sample_no_post',
  'no_answer',
  'follow_up_due',
  'payment_overdue',
  'payment_due',
  'code_expiring',
  'campaign_starting',
  'campaign_ending',
] as const;
export type TodayKind = (typeof TODAY_KINDS)[number];

/** overdue: past its date · followUp: someone owes an answer or a post · week: due this ISO week · soon: the next days. */
export const TODAY_SECTIONS = ['overdue', 'followUp', 'week', 'soon'] as const;
export type TodaySection = (typeof TODAY_SECTIONS)[number];

/** The one obvious action of a row. */
export type TodayAction = 'markPosted' | 'sendReminder' | 'markPaid' | 'snooze';

export interface TodayItem {
  /** Stable name of the row (`deliverable:12`, `sample:3`, `answer:7`, `sequence:7`, `payment:7`, `code:5`, `start:2`, `end:2`). */
  key: string;
  kind: TodayKind;
  section: TodaySection;
  /** The date the row is about (due, delivered, contacted, invoiced + terms, valid to, start/end). */
  date: string;
  /** `date` − today in days (negative: in the past). */
  days: number;
  campaignId: number;
  campaignName: string;
  /** The card the row opens; null for campaign rows. */
  collaborationId: number | null;
  person: { id: number; name: string } | null;
  action: TodayAction;
  /** Details for the row's text. */
  deliverableKind?: DeliverableKind;
  deliverableId?: number;
  count?: number;
  amountMinor?: number;
  currency?: string;
  code?: string;
  /** follow_up_due: the step due (1-based) of how many in the card's sequence. */
  step?: number;
  steps?: number;
  /** Last reminder sent (app time zone day). */
  remindedOn: string | null;
}

export interface TodayDto {
  today: string;
  /** Monday and Sunday of the current ISO week. */
  weekStart: string;
  weekEnd: string;
  items: TodayItem[];
  /** For the reminder on start: deliverables (posts) due this week and not done, overdue rows, follow-ups. */
  counts: { postsDueThisWeek: number; overdue: number; followUp: number };
  noPostAfterDays: number;
  noAnswerAfterDays: number;
}

export interface ReminderMail {
  key: string;
  language: 'de' | 'en';
  to: string | null;
  subject: string;
  body: string;
  mailto: string;
}

export interface FunnelDto {
  /** null = across all campaigns. */
  campaignId: number | null;
  shipped: number;
  delivered: number;
  /** Delivered samples with a post on the card on or after delivery. */
  posted: number;
  deliveredRateBp: number | null;
  postedRateBp: number | null;
  /** Median days from delivery to the first post. */
  medianDaysToPost: number | null;
  /** Goods + shipping of delivered samples without a post (yet). */
  costWithoutPostMinor: number;
  currency: string;
  noPostAfterDays: number;
  /** Delivered at least `noPostAfterDays` ago, no post: the reminder list (send through `today.reminder`). */
  noPost: { key: string; collaborationId: number; campaignId: number; campaignName: string; person: { id: number; name: string }; deliveredOn: string; days: number; remindedOn: string | null }[];
  /** Across all campaigns only: the same figures per campaign, most samples shipped first. */
  campaigns?: FunnelCampaignRow[];
}

/** One campaign's line of the funnel across all campaigns. */
export interface FunnelCampaignRow {
  campaignId: number;
  campaignName: string;
  shipped: number;
  delivered: number;
  posted: number;
  deliveredRateBp: number | null;
  postedRateBp: number | null;
  medianDaysToPost: number | null;
  costWithoutPostMinor: number;
  currency: string;
}

/** What the calendar shows (src/main/planning/calendar.ts). */
export const CALENDAR_KINDS = ['deadline', 'post', 'shipment', 'delivery', 'phase'] as const;
export type CalendarKind = (typeof CALENDAR_KINDS)[number];

export interface CalendarEvent {
  /** Stable name: `deadline:<deliverable id>`, `post:<id>`, `shipment:<sample id>`, `delivery:<sample id>`, `phase:<campaign id>`. */
  key: string;
  kind: CalendarKind;
  /** First day (app time zone, YYYY-MM-DD). */
  date: string;
  /** Last day, inclusive (a campaign's end; the same day for everything else). */
  endDate: string;
  campaignId: number;
  campaignName: string;
  collaborationId: number | null;
  person: { id: number; name: string } | null;
  /** Deadlines and posts: what is (to be) posted. */
  deliverableKind?: DeliverableKind;
  deliverableId?: number;
  count?: number;
  /** A deadline marked posted. */
  done?: boolean;
}

export interface CalendarDto {
  from: string;
  to: string;
  today: string;
  events: CalendarEvent[];
  /** The .ics file the core keeps current in the data folder (to subscribe to from a calendar app). */
  icsFile: string;
}

const itemKey = z.string().regex(/^(deliverable|sample|answer|sequence|payment|code|start|end):\d+$/, 'not a row of the Today view');

const range = z
  .object({ from: isoDate, to: isoDate })
  .strict()
  .refine((r) => r.from <= r.to, { message: 'the range ends before it starts', path: ['to'], params: { key: 'endBeforeStart' } })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= 400 * 86_400_000, { message: 'at most 400 days at once', path: ['to'], params: { key: 'rangeTooLong' } });

export const planningContract = {
  'today.notify': method<{ shown: boolean }>()(
    z.object({ title: z.string().trim().min(1).max(200), body: z.string().max(500) }).strict(),
    'A system notification (desktop app; opens Today when clicked). Browser mode shows none: shown is false',
  ),
  'calendar.events': method<CalendarDto>()(range, 'Posting dates, deliverable deadlines, sample shipments and campaign phases in a range of days (app time zone)'),
  'calendar.moveDeliverable': method<{ id: number; collaborationId: number; dueDate: string; move: DeadlineMove | null }>()(
    z
      .object({
        deliverableId: id,
        dueDate: isoDate,
        /** Undo of an earlier move: the id of its history entry, which is taken out instead of writing a new one. */
        undoOf: id.optional(),
      })
      .strict(),
    'Move a deliverable’s deadline to another day (drag in the calendar, Alt+arrows, the card); writes a history entry on the card',
    { changes: ['planning', 'collaborations', 'campaigns'] },
  ),
  'calendar.ics': method<FileDownload & { path: string }>()(
    z.object({}).strict(),
    'The calendar as an .ics file (the same one the core keeps in <data>/calendar/kollab.ics for calendar apps to subscribe to)',
  ),
  'today.claimStartupReminder': method<{ show: boolean; day: string }>()(
    z.object({}).strict(),
    'The reminder on start, once per day (app time zone) for the workspace: true the first time a day, then false',
    { changes: [] },
  ),
  'today.list': method<TodayDto>()(z.object({ horizonDays: z.number().int().min(1).max(60).default(14) }).strict(), 'What is due, overdue and owed, across campaigns'),
  'funnel.get': method<FunnelDto>()(z.object({ campaignId: id.optional() }).strict(), 'Seeding funnel: shipped → delivered → posted, per campaign or across all'),
  'today.reminder': method<ReminderMail>()(
    z.object({ key: itemKey }).strict(),
    'The reminder e-mail for a row (no post yet, no answer), in the person’s language, to edit before sending',
  ),
  'today.saveReminder': method<{ key: string; remindedOn: string }>()(
    z.object({ key: itemKey }).strict(),
    'Note that the reminder was sent today: the row rests for the follow-up days',
    { changes: ['planning', 'collaborations'] },
  ),
  'today.snooze': method<{ key: string; snoozedUntil: string }>()(
    z.object({ key: itemKey, days: z.number().int().min(1).max(90).default(3) }).strict(),
    'Hide a row of the Today view for some days',
    { changes: ['planning'] },
  ),
  'today.setDone': method<{ id: number; doneAt: string }>()(
    z.object({ deliverableId: id }).strict(),
    'Mark a deliverable as posted today',
    { changes: ['planning', 'collaborations', 'campaigns'] },
  ),
  'today.setPaid': method<{ id: number; paidOn: string }>()(
    z.object({ collaborationId: id }).strict(),
    'Mark a fee as paid today',
    { changes: ['planning', 'collaborations', 'campaigns'] },
  ),
};
