import { Anchor, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { Locale } from '../../../../shared/domain';
import { api } from '../../api/client';
import { getI18n } from '../../i18n';

/** The reminder's headline: the posts due this week, or — none due — a plain "to do today". */
function headline(t: (key: string, opts?: Record<string, unknown>) => string, posts: number): string {
  return posts ? t('today.startup', { count: posts }) : t('today.startupNothingDue');
}

/** The in-app reminder's texts, in the UI's language now (a language switch while it is shown redraws them). */
function ReminderTitle({ posts }: { posts: number }) {
  const { t } = useTranslation();
  return <>{headline(t, posts)}</>;
}

function ReminderMessage({ overdue, followUp }: { overdue: number; followUp: number }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" component="span" data-testid="startup-reminder">
      {t('today.startupDetail', { overdue, followUp })} ·{' '}
      <Anchor component={Link} href="/today" size="sm" onClick={() => notifications.hide('startup-reminder')}>
        {t('today.startupOpen')}
      </Anchor>
    </Text>
  );
}

/**
 * On start, once per day (the core's today, app time zone; the core notes the day: today.claimStartupReminder): "3 posts due this week" with what is overdue and
 * to follow up, from the Today data, as an in-app notification; the desktop app also shows a system notification.
 * Nothing is shown when nothing is due. Mounted by the shell once the settings (the language) are loaded.
 */
export function StartupReminder({ locale }: { locale: Locale }) {
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    void api.call('today.list', {}).then(
      async (d) => {
        const { postsDueThisWeek, overdue, followUp } = d.counts;
        if (postsDueThisWeek + overdue + followUp === 0) return;
        // once per day of the app time zone, kept by the core (not per browser profile)
        if (!(await api.call('today.claimStartupReminder', {})).show) return;
        // the system notification is written once, in the language at start; the in-app one follows the UI's
        const t = getI18n().getFixedT(locale);
        // the headline is the posts due this week; when none are, a plain "to do today" (the line below counts
        // what is overdue or owed — the headline said the same count twice)
        const title = headline(t, postsDueThisWeek);
        const body = t('today.startupDetail', { overdue, followUp });
        notifications.show({
          id: 'startup-reminder',
          color: 'brand',
          icon: <IconCalendarCheck size={18} />,
          title: <ReminderTitle posts={postsDueThisWeek} />,
          position: 'top-right',
          // informational: it never blocks what lies under it (only its link and close button take clicks)
          className: 'startup-reminder',
          autoClose: 10_000,
          message: <ReminderMessage overdue={overdue} followUp={followUp} />,
        });
        void api.call('today.notify', { title, body }).catch(() => undefined);
      },
      () => undefined,
    ).catch(() => undefined);
  }, [locale]);
  return null;
}
