import { AppShell, Box, Burger, Button, Group, MantineProvider, Text } from '@mantine/core';
import { AppNav, useNavMode } from './components/AppNav';
import { useDisclosure } from '@mantine/hooks';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { IconCalendarCheck, IconCalendarMonth, IconCash, IconFilter, IconFileImport, IconLayoutDashboard, IconSettings, IconSpeakerphone, IconTrash, IconUsers } from '@tabler/icons-react';
import { useEffect, type ReactNode } from 'react';
import 'dayjs/locale/de';
import 'dayjs/locale/en-gb';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { Link, Route, Router, Switch, useLocation } from 'wouter';
import { useGuardedHashLocation } from './lib/guardedLocation';
import { UnsavedChangesDialog } from './components/UnsavedChangesDialog';
import { effectiveLocale, getI18n } from './i18n';
import { startDataSync } from './lib/sync';
import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from './lib/query';
import { theme } from './theme';
import { loadSettings, useAppInfo, useSettings } from './lib/settings';
import { installUndoShortcut } from './lib/undo';
import './lib/jobsStore';
import { DashboardPage } from './features/dashboard/DashboardPage';
import { CampaignDashboardPage } from './features/dashboard/CampaignDashboardPage';
import { InfluencerKpiPage } from './features/dashboard/InfluencerKpiPage';
import { InfluencersPage } from './features/influencers/InfluencersPage';
import { InfluencerProfilePage } from './features/influencers/InfluencerProfilePage';
import { ImportWizard } from './features/influencers/ImportWizard';
import { CampaignsPage } from './features/campaigns/CampaignsPage';
import { CampaignPage } from './features/campaigns/CampaignPage';
import { ImportsPage } from './features/imports/ImportsPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { TrashPage } from './features/trash/TrashPage';
import { EmptyBlock } from './components/States';
import { CampaignBriefingPage } from './features/briefings/CampaignBriefingPage';
import { CollaborationBriefingPage } from './features/briefings/CollaborationBriefingPage';
import { PrintGate } from './features/print/PrintPage';
import { RecoveryGate } from './features/recovery/RecoveryScreen';
import { TodayPage } from './features/today/TodayPage';
import { PaymentsPage } from './features/payments/PaymentsPage';
import { SearchButton, SearchPalette } from './features/search/SearchPalette';
import { StartupReminder } from './features/today/StartupReminder';
import { FunnelPage } from './features/planning/FunnelPage';
import { CalendarPage } from './features/planning/CalendarPage';

const NAV = [
  { href: '/today', key: 'today', icon: IconCalendarCheck },
  { href: '/', key: 'dashboard', icon: IconLayoutDashboard },
  { href: '/funnel', key: 'funnel', icon: IconFilter },
  { href: '/calendar', key: 'calendar', icon: IconCalendarMonth },
  { href: '/influencers', key: 'influencers', icon: IconUsers },
  { href: '/campaigns', key: 'campaigns', icon: IconSpeakerphone },
  { href: '/payments', key: 'payments', icon: IconCash },
  { href: '/imports', key: 'imports', icon: IconFileImport },
  { href: '/trash', key: 'trash', icon: IconTrash },
  { href: '/settings', key: 'settings', icon: IconSettings },
] as const;

/** 'cards/12' → 12 (the open card of a campaign page); anything else → null. */
function cardOf(rest: string | undefined): number | null {
  const m = /^cards\/(\d+)$/.exec(rest ?? '');
  return m ? Number(m[1]) : null;
}

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="8" fill="var(--mantine-color-brand-6)" />
      <circle cx="12" cy="16" r="5.5" fill="none" stroke="white" strokeWidth="2.4" />
      <circle cx="20" cy="16" r="5.5" fill="none" stroke="white" strokeOpacity="0.75" strokeWidth="2.4" />
    </svg>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyBlock
      title={t('common.notFound')}
      description={t('common.notFoundText')}
      actions={
        <Button component={Link} href="/">
          {t('common.toStart')}
        </Button>
      }
    />
  );
}

export function Shell() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const nav = useNavMode();
  const [searchOpen, { open: openSearch, close: closeSearch }] = useDisclosure();
  const settings = useSettings();
  // kept read while the app runs: the core's clock follows each change (lib/settings.ts)
  useAppInfo();
  const brandName = settings?.brandName;
  const settingsLocale = settings ? effectiveLocale(settings.locale) : null;

  useEffect(() => {
    close();
    window.scrollTo?.(0, 0);
  }, [location, close]);

  return (
    <AppShell header={{ height: 56 }} navbar={{ width: nav.width, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="xl">
      <a href="#main" className="skip-link" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>
        {t('app.skipToContent')}
      </a>
      {settingsLocale && <StartupReminder locale={settingsLocale} />}
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.toggleNav')} />
            <Logo />
            <Text fw={700} fz={18} lh={1} style={{ letterSpacing: '-0.01em' }}>
              {t('app.brand')}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="md" mt={2}>
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <SearchButton onOpen={openSearch} />
            {brandName ? (
              <Text size="sm" fw={500} c="dimmed" truncate maw={280} visibleFrom="md">
                {brandName}
              </Text>
            ) : null}
          </Group>
        </Group>
        <SearchPalette opened={searchOpen} onOpen={openSearch} onClose={closeSearch} />
      </AppShell.Header>
      <AppNav items={NAV} location={location} rail={nav.rail} onToggle={nav.toggle} />
      <AppShell.Main>
        <Box id="main" tabIndex={-1} maw={1400} mx="auto" style={{ outline: 'none' }}>
          <Switch>
            <Route path="/" component={DashboardPage} />
            <Route path="/today" component={TodayPage} />
            <Route path="/funnel">{() => <FunnelPage campaignId={null} />}</Route>
            <Route path="/calendar" component={CalendarPage} />
            <Route path="/funnel/:id">{(p) => <FunnelPage campaignId={Number(p.id)} />}</Route>
            <Route path="/dashboard/campaigns/:id">{(p) => <CampaignDashboardPage id={Number(p.id)} />}</Route>
            <Route path="/dashboard/influencers/:id">{(p) => <InfluencerKpiPage id={Number(p.id)} />}</Route>
            <Route path="/influencers" component={InfluencersPage} />
            <Route path="/influencers/import" component={ImportWizard} />
            <Route path="/influencers/:id">{(p) => <InfluencerProfilePage id={Number(p.id)} />}</Route>
            <Route path="/campaigns" component={CampaignsPage} />
            <Route path="/campaigns/:id/briefing">{(p) => <CampaignBriefingPage id={Number(p.id)} />}</Route>
            <Route path="/campaigns/:id/cards/:cardId/briefing">
              {(p) => <CollaborationBriefingPage campaignId={Number(p.id)} collaborationId={Number(p.cardId)} />}
            </Route>
            {/* /campaigns/7 and /campaigns/7/cards/12 (the card drawer has its own address) are one page: no remount */}
            <Route path="/campaigns/:id/*?">{(p) => <CampaignPage id={Number(p.id)} cardId={cardOf(p['*'])} />}</Route>
            <Route path="/imports/*?" component={ImportsPage} />
            <Route path="/settings" component={SettingsPage} />
            <Route path="/trash" component={TrashPage} />
            <Route path="/payments" component={PaymentsPage} />
            <Route component={NotFound} />
          </Switch>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

/** Mantine date components follow the UI language (de / en-GB, weeks start on Monday). */
function LocalizedDates({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <DatesProvider settings={{ locale: i18n.language === 'de' ? 'de' : 'en-gb', firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App({ hook = useGuardedHashLocation }: { hook?: Parameters<typeof Router>[0]['hook'] }) {
  useEffect(() => {
    const stop = startDataSync();
    const stopUndo = installUndoShortcut();
    void loadSettings();
    return () => {
      stop();
      stopUndo();
    };
  }, []);

  return (
    <I18nextProvider i18n={getI18n()}>
      <QueryClientProvider client={queryClient}>
        <MantineProvider theme={theme} defaultColorScheme="light" forceColorScheme="light">
          <LocalizedDates>
            <Notifications position="bottom-right" limit={4} />
            <UnsavedChangesDialog />
            <Router hook={hook}>
              <RecoveryGate>
                <PrintGate>
                  <Shell />
                </PrintGate>
              </RecoveryGate>
            </Router>
          </LocalizedDates>
        </MantineProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
