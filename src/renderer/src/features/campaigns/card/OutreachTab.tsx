import { Alert, Button, CopyButton, Group, Paper, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { IconBrandInstagram, IconCheck, IconMail, IconTemplate } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EmailTemplateDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import type { TabProps } from './shared';
import { mailtoUrl } from '../../../../../shared/mailto';
import { TemplatesModal } from './TemplatesModal';

/** E-mail templates filled in for this card; opening the mail app logs the contact. */
export function OutreachTab({ detail, onChanged }: TabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [lang, setLang] = useState<'de' | 'en'>(i18n.language === 'de' ? 'de' : 'en');
  const [templates, setTemplates] = useState<EmailTemplateDto[] | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [mail, setMail] = useState<{ mailto: string; to: string | null; subject: string; body: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [manage, setManage] = useState(false);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let live = true;
    setTemplates(null);
    setMail(null);
    api
      .call('outreach.templates', { language: lang })
      .then((x) => {
        if (!live) return;
        setTemplates(x);
        setTemplateId((cur) => (cur && x.some((y) => y.id === cur) ? cur : (x[0]?.id ?? null)));
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
  }, [lang, version]);

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
      const r = await api.call('outreach.logContacted', { collaborationId: detail.id, ...(templateId ? { templateId } : {}) });
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
      <Group justify="flex-end" mt={-8}>
        <Button size="compact-sm" variant="subtle" leftSection={<IconTemplate size={14} />} onClick={() => setManage(true)}>
          {t('templates.manage')}
        </Button>
      </Group>
      {mail && (
        <Paper withBorder radius="md" p="sm" data-testid="outreach-message">
          <Stack gap={6}>
            <Text size="xs" c="dimmed">
              {t('outreach.to')}: {mail.to ?? t('common.none')}
            </Text>
            <TextInput label={t('outreach.subject')} value={mail.subject} onChange={(e) => setMail({ ...mail, subject: e.currentTarget.value })} />
            <Textarea label={t('outreach.message')} description={t('outreach.editHint')} value={mail.body} autosize minRows={6} maxRows={16} className="mail-body" onChange={(e) => setMail({ ...mail, body: e.currentTarget.value })} />
            <Group justify="flex-end" mt="xs" gap="xs">
              <CopyButton value={mail.body} timeout={2000}>
                {({ copied, copy }) => (
                  <Button
                    variant="light"
                    color={copied ? 'teal' : 'grape'}
                    leftSection={copied ? <IconCheck size={16} /> : <IconBrandInstagram size={16} />}
                    onClick={() => {
                      copy();
                      void logContacted();
                    }}
                    title={t('outreach.copyDmHint')}
                  >
                    {copied ? t('outreach.copiedDm') : t('outreach.copyDm')}
                  </Button>
                )}
              </CopyButton>
              <Button component="a" href={mailtoUrl(mail.to, mail.subject.replace(/[\r\n]+/g, ' '), mail.body)} leftSection={<IconMail size={16} />} onClick={() => void logContacted()}>
                {t('outreach.open')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
      <TemplatesModal opened={manage} onClose={() => setManage(false)} collaborationId={detail.id} language={lang} onChanged={() => setVersion((v) => v + 1)} />
    </Stack>
  );
}
