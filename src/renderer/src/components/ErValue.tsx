import { Badge, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { erIsFromSheet } from '../../../shared/domain';
import { useFormat } from '../lib/useFormat';

interface ErChannel {
  engagementRateBp: number | null;
  sheetErBp: number | null;
  avgLikes: number;
  avgComments: number;
  avgShares: number;
}

/**
 * A channel's engagement rate: computed from the averages, or — marked with a sheet icon and a tooltip —
 * taken as an imported spreadsheet gave it (no likes known to compute it from).
 */
export function ErValue({ channel, prefix }: { channel: ErChannel; prefix?: string }) {
  return <ErText bp={channel.engagementRateBp} fromSheet={erIsFromSheet(channel)} prefix={prefix} />;
}

/** The same marking for a figure whose source is already known (a directory row): `compact` shows only the icon. */
export function ErText({ bp, fromSheet, prefix, compact }: { bp: number | null; fromSheet: boolean; prefix?: string; compact?: boolean }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const value = `${prefix ? `${prefix} ` : ''}${fmt.percentBp(bp)}`;
  if (!fromSheet) {
    return (
      <span title={t('erSource.computedHint')} data-er-source="computed">
        {value}
      </span>
    );
  }
  return (
    <Tooltip label={t('erSource.sheetHint')} withArrow multiline w={260}>
      <span data-er-source="sheet" style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }} tabIndex={0} aria-label={`${value}, ${t('erSource.sheet')}`}>
        {value}
        {compact ? (
          <IconFileSpreadsheet size={12} color="var(--mantine-color-grape-6)" aria-hidden="true" />
        ) : (
          <Badge size="xs" variant="light" color="grape" tt="none" px={4} leftSection={<IconFileSpreadsheet size={10} aria-hidden="true" />} aria-hidden="true">
            {t('erSource.sheet')}
          </Badge>
        )}
      </span>
    </Tooltip>
  );
}
