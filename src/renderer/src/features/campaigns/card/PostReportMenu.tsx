import { ActionIcon, Menu, Tooltip } from '@mantine/core';
import { IconDots, IconFileTypePdf, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { downloadFile } from '../../../lib/files';
import { openPrintPage } from '../../../lib/printRoute';

/** A post's menu: its own report (figures, story frames, screenshots) as PDF in German or English, or the print preview. */
export function PostReportMenu({ postId, label }: { postId: number; label: string }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [, navigate] = useLocation();
  const pdf = async (language: 'de' | 'en') => {
    setBusy(true);
    try {
      downloadFile(await api.call('reports.pdf', { postId, language, paper: 'a4' }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const lang = i18n.language === 'de' ? 'de' : 'en';
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t('postReport.menu')} withArrow>
          <ActionIcon variant="subtle" color="gray" loading={busy} aria-label={t('postReport.menuNamed', { post: label })}>
            <IconDots size={16} />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('postReport.menu')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void pdf('de')}>
          {t('postReport.pdfDe')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypePdf size={16} />} onClick={() => void pdf('en')}>
          {t('postReport.pdfEn')}
        </Menu.Item>
        <Menu.Item leftSection={<IconPrinter size={16} />} onClick={() => openPrintPage(`/print/post-report/${postId}?lang=${lang}&paper=a4`, api.transportKind, navigate)}>
          {t('postReport.preview')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
