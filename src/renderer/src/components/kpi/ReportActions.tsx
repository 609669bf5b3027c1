import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { downloadFile } from '../../lib/files';
import { openPrintPage } from '../../lib/printRoute';

/**
 * Hand-over reports of a campaign (campaignId) or the portfolio: PDF in German or English (the print route,
 * rendered by the core), the print preview, and the tables as XLSX or CSV (the core's export, safe cells).
 */
export function ReportActions({
  campaignId,
  from,
  to,
  campaignIds,
  influencerIds,
}: {
  campaignId?: number;
  from?: string | null;
  to?: string | null;
  /** Portfolio report: the dashboard's filters (the report shows what the dashboard shows). */
  campaignIds?: number[];
  influencerIds?: number[];
}) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState<string | null>(null);
  const [, navigate] = useLocation();
  const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
  const filter = campaignId
    ? {}
    : { ...(campaignIds?.length ? { campaignIds } : {}), ...(influencerIds?.length ? { influencerIds } : {}) };
  const lang = i18n.language === 'de' ? 'de' : 'en';

  const run = async (key: string, fn: () => Promise<void>) => {
    setBusy(key);
    try {
      await fn();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(null);
    }
  };
  const pdf = (language: 'de' | 'en') =>
    run(`pdf-${language}`, async () => downloadFile(await api.call('reports.pdf', { campaignId, ...range, ...filter, language, paper: 'a4' })));
  const table = (format: 'xlsx' | 'csv') => run(format, async () => downloadFile(await api.call('kpis.exportTable', { campaignId, ...range, ...filter, format, lang })));
  const preview = () => {
    const q = new URLSearchParams({ lang, paper: 'a4', ...range });
    if (filter.campaignIds) q.set('campaigns', filter.campaignIds.join(','));
    if (filter.influencerIds) q.set('influencers', filter.influencerIds.join(','));
    const href = `/print/${campaignId ? `campaign-report/${campaignId}` : 'portfolio-report/0'}?${q}`;
    openPrintPage(href, api.transportKind, navigate);
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" rightSection={<IconChevronDown size={14} />} loading={busy != null}>
          {t('kpiui.report.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t(campaignId ? 'kpiui.report.campaignLabel' : 'kpiui.report.portfolioLabel')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void pdf('de')}>
          {t('kpiui.report.pdfDe')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void pdf('en')}>
          {t('kpiui.report.pdfEn')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={preview}>
          {t('kpiui.report.preview')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void table('xlsx')}>
          {t('kpiui.report.xlsx')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void table('csv')}>
          {t('kpiui.report.csv')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
