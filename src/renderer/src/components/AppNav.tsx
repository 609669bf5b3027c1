import { ActionIcon, AppShell, Group, NavLink, ScrollArea, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconLayoutSidebarLeftCollapse, IconLayoutSidebarLeftExpand, type Icon } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';

export interface NavItem {
  href: string;
  key: string;
  icon: Icon;
}

const NAV_KEY = 'kollab.nav';
/** Below this window width the navigation starts as a slim icon rail, so a campaign's eight stages fit at 1280 px. */
const WIDE_FROM = '(min-width: 1360px)';
export const NAV_WIDE = 236;
export const NAV_RAIL = 68;

type NavMode = 'wide' | 'rail';

/**
 * Whether the navigation shows labels: the user's choice (remembered), else the window's width decides.
 * Returns the width for the AppShell and a toggle that remembers the opposite of what is shown now.
 */
export function useNavMode(): { rail: boolean; width: number; toggle(): void } {
  const wideWindow = useMediaQuery(WIDE_FROM, true, { getInitialValueInEffect: false });
  const [chosen, setChosen] = useState<NavMode | null>(() => {
    const v = localStorage.getItem(NAV_KEY);
    return v === 'wide' || v === 'rail' ? v : null;
  });
  const rail = chosen ? chosen === 'rail' : !wideWindow;
  const toggle = () => {
    const next: NavMode = rail ? 'wide' : 'rail';
    localStorage.setItem(NAV_KEY, next);
    setChosen(next);
  };
  return { rail, width: rail ? NAV_RAIL : NAV_WIDE, toggle };
}

function isActive(location: string, href: string) {
  return href === '/' ? location === '/' || location.startsWith('/dashboard/') : location === href || location.startsWith(`${href}/`);
}

/** The main navigation: labels beside icons, or icons alone with the label as tooltip and accessible name. */
export function AppNav({ items, location, rail, onToggle }: { items: readonly NavItem[]; location: string; rail: boolean; onToggle(): void }) {
  const { t } = useTranslation();
  const toggleLabel = rail ? t('appNav.expand') : t('appNav.collapse');
  return (
    <AppShell.Navbar p="sm" component="nav" aria-label={t('app.nav.label')} data-rail={rail || undefined}>
      <AppShell.Section grow component={ScrollArea}>
        <Stack gap={2}>
          {items.map(({ href, key, icon: Icon }) => {
            const active = isActive(location, href);
            const label = t(`app.nav.${key}`);
            const link = (
              <NavLink
                key={key}
                component={Link}
                href={href}
                className={rail ? 'nav-link nav-link-rail' : 'nav-link'}
                label={rail ? undefined : label}
                aria-label={rail ? label : undefined}
                leftSection={<Icon size={rail ? 20 : 18} stroke={1.7} aria-hidden="true" />}
                active={active}
                aria-current={active ? 'page' : undefined}
                variant="light"
              />
            );
            return rail ? (
              <Tooltip key={key} label={label} position="right" withArrow openDelay={150}>
                {link}
              </Tooltip>
            ) : (
              link
            );
          })}
        </Stack>
      </AppShell.Section>
      <AppShell.Section>
        <Group gap={6} px={rail ? 0 : 'xs'} py="xs" wrap="nowrap" justify={rail ? 'center' : 'space-between'}>
          {rail ? (
            <Tooltip label={t('app.offline')} position="right" withArrow>
              <ThemeIcon size={8} radius="xl" color="teal" aria-label={t('app.offline')} role="img" />
            </Tooltip>
          ) : (
            <Group gap={6} wrap="nowrap">
              <ThemeIcon size={8} radius="xl" color="teal" />
              <Text size="xs" c="dimmed">
                {t('app.offline')}
              </Text>
            </Group>
          )}
        </Group>
        <Group justify={rail ? 'center' : 'flex-end'} px={rail ? 0 : 'xs'}>
          <Tooltip label={toggleLabel} position="right" withArrow>
            <ActionIcon variant="subtle" color="gray" onClick={onToggle} aria-label={toggleLabel} aria-expanded={!rail}>
              {rail ? <IconLayoutSidebarLeftExpand size={18} /> : <IconLayoutSidebarLeftCollapse size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      </AppShell.Section>
    </AppShell.Navbar>
  );
}
