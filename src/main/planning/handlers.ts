import type { HandlersFor } from '../api/handlers';
import type { planningContract } from '../../shared/contract/planning';
import { saveReminder, setDone, setPaid, snooze, todayList } from './today';
import { reminderMail } from './reminders';
import { claimStartupReminder } from './startup';
import { seedingFunnel } from './funnel';
import { calendarRange, moveDeliverable } from './calendar';
import { ICS_FILE_NAME, buildIcs, icsPath } from './ics';

export const planningHandlers: HandlersFor<keyof typeof planningContract> = {
  'today.list': (input, core) => todayList(core, input.horizonDays),
  'today.notify': async (input, core) => ({ shown: core.platform?.notify ? await core.platform.notify({ ...input, route: '/today' }) : false }),
  'calendar.events': (input, core) => calendarRange(core, input.from, input.to),
  'calendar.moveDeliverable': (input, core) => moveDeliverable(core.db, input.deliverableId, input.dueDate, input.undoOf),
  'calendar.ics': (_input, core) => ({ fileName: ICS_FILE_NAME, mime: 'text/calendar', dataBase64: Buffer.from(buildIcs(core.db), 'utf8').toString('base64'), path: icsPath(core.dataDir) }),
  'today.claimStartupReminder': (_input, core) => claimStartupReminder(core),
  'funnel.get': (input, core) => seedingFunnel(core, input.campaignId),
  'today.reminder': (input, core) => reminderMail(core.db, input.key),
  'today.saveReminder': (input, core) => saveReminder(core, input.key),
  'today.snooze': (input, core) => snooze(core, input.key, input.days),
  'today.setDone': (input, core) => setDone(core, input.deliverableId),
  'today.setPaid': (input, core) => setPaid(core, input.collaborationId),
};
