import { Alert, Button, Group, Paper, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailTemplateDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import type { TabProps } from './shared';

/** E-mail templates filled in for this card; opening the mail app logs the contact. */
export function OutreachTab({ detail, onChanged }: TabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [lang, setLang] = useState<'de' | 'en'>(i18n.language === 'de' ? 'de' : 'en');
  const [templates, setTemplates] = useState<EmailTemplateDto[] | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [mail, setMail] = useState<{ mailto: string; to: string | null; subject: string; body: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    setTemplates(null);
    setMail(null);
    api
      .call('outreach.templates', { language: lang })
      .then((x) => {
        if (!live) return;
        setTemplates(x);
        setTemplateId(x[0]?.id ?? null);
      })
      .catch((err) => {
        if (live) {
          setTemplates([]);
          notifyError(err);
        }
      });
    return () => {
      live = false;
    };
  }, [lang]);

  const compose = async () => {
    if (!templateId) return;
    setBusy(true);
    try {
      setMail(await api.call('outreach.compose', { collaborationId: detail.id, templateId }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const logContacted = async () => {
    try {
      const r = await api.call('outreach.logContacted', { collaborationId: detail.id });
      showDone(t('outreach.logged', { date: fmt.date(r.contactedAt) }));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="md">
      <Alert variant="light" color={detail.contactedAt ? 'teal' : 'gray'} icon={<IconMail size={18} />}>
        {detail.contactedAt ? t('outreach.contactedOn', { date: fmt.date(detail.contactedAt) }) : t('outreach.notContacted')}
        {!detail.influencer.email && (
          <Text size="xs" c="orange.8" mt={4}>
            {t('outreach.noEmail')}
          </Text>
        )}
      </Alert>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <SegmentedControl value={lang} onChange={(x) => setLang(x as 'de' | 'en')} data={[{ value: 'de', label: 'DE' }, { value: 'en', label: 'EN' }]} aria-label={t('outreach.language')} />
        <Select
          label={t('outreach.template')}
          data={(templates ?? []).map((x) => ({ value: x.id, label: x.name }))}
          value={templateId}
          onChange={(x) => {
            setTemplateId(x);
            setMail(null);
          }}
          placeholder={templates ? t('outreach.noTemplates') : t('common.loading')}
          style={{ flex: 1 }}
          allowDeselect={false}
          comboboxProps={{ withinPortal: true }}
        />
        <Button variant="light" onClick={compose} loading={busy} disabled={!templateId}>
          {t('outreach.compose')}
        </Button>
      </Group>
      {mail && (
        <Paper withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {t('outreach.to')}: {mail.to ?? t('common.none')}
            </Text>
            <Text size="sm" fw={600}>
              {mail.subject}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} className="mail-body">
              {mail.body}
            </Text>
            <Group justify="flex-end" mt="xs">
              <Button component="a" href={mail.mailto} leftSection={<IconMail size={16} />} onClick={() => void logContacted()}>
                {t('outreach.open')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
