import type { HandlersFor } from '../api/handlers';
import type { planningContract } from '../../shared/contract/planning';
import { saveReminder, setDone, setPaid, snooze, todayList } from './today';
import { reminderMail } from './reminders';
import { seedingFunnel } from './funnel';

export const planningHandlers: HandlersFor<keyof typeof planningContract> = {
  'today.list': (input, core) => todayList(core, input.horizonDays),
  'funnel.get': (input, core) => seedingFunnel(core, input.campaignId),
  'today.reminder': (input, core) => reminderMail(core.db, input.key),
  'today.saveReminder': (input, core) => saveReminder(core, input.key),
  'today.snooze': (input, core) => snooze(core, input.key, input.days),
  'today.setDone': (input, core) => setDone(core, input.deliverableId),
  'today.setPaid': (input, core) => setPaid(core, input.collaborationId),
};
