import { ActionIcon, Alert, Badge, Button, Group, Modal, Paper, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput, Textarea, Tooltip, UnstyledButton } from '@mantine/core';
import { IconCopy, IconLock, IconPlus, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type EmailTemplateDto } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useContractForm } from '../../../lib/contractForm';
import { showDone } from '../../../lib/notify';
import { offerUndo } from '../../../lib/undo';
import { useCloseGuard } from '../../../lib/unsaved';

type Lang = 'de' | 'en';
type Draft = {
  name: string;
  language: Lang;
  subject: string;
  body: string;
  days: string;
  followUpTemplateId: string | null;
};
const NO_DRAFT: Draft = { name: '', language: 'de', subject: '', body: '', days: '', followUpTemplateId: null };

/** Variables a template may use, in the language of the template (both spellings work everywhere). */
export const VARIABLES: Record<Lang, string[]> = {
  de: ['vorname', 'name', 'kampagne', 'produkt', 'code', 'link', 'honorar', 'marke', 'handle'],
  en: ['firstName', 'name', 'campaign', 'product', 'code', 'link', 'fee', 'brand', 'handle'],
};

const toDraft = (t: EmailTemplateDto): Draft => ({ name: t.name, language: t.language, subject: t.subject, body: t.body, days: t.followUpDays.join(', '), followUpTemplateId: t.followUpTemplateId });

/** "5, 10" → [5, 10]; null when something is not a whole number of days. */
function parseDays(text: string): number[] | null {
  const parts = text.split(/[,;\s]+/).filter(Boolean);
  const days = parts.map((p) => Number(p));
  return days.every((d) => Number.isInteger(d) && d > 0) ? days : null;
}

/**
 * The user's own templates beside the read-only built-ins: edit with a live preview on this card. The open
 * template is a form checked by outreach.updateTemplate's own schema (useContractForm): a problem shows at its
 * field in the user's language and nothing is sent; closing with unsaved changes asks first.
 */
export function TemplatesModal({ opened, onClose, collaborationId, language, onChanged }: { opened: boolean; onClose(): void; collaborationId: number; language: Lang; onChanged(): void }) {
  const { t } = useTranslation();
  const [lang, setLang] = useState<Lang>(language);
  const [list, setList] = useState<EmailTemplateDto[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ subject: string; body: string; unknown: string[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const editor = useContractForm({
    initialValues: NO_DRAFT,
    schema: contract['outreach.updateTemplate'].input,
    // text that is not a list of days never gets here (the field says so and the save waits)
    toInput: (v: Draft) => ({ id: Number(selected), name: v.name, language: v.language, subject: v.subject, body: v.body, followUpDays: parseDays(v.days) ?? [], followUpTemplateId: v.followUpTemplateId }),
    fields: ['name', 'subject', 'body', 'days', 'followUpTemplateId'],
    aliases: { followUpDays: 'days' },
    save: async (input, v) => {
      await api.call('outreach.updateTemplate', input);
      await load(String(input.id));
      showDone(t('templates.saved', { name: v.name }));
      onChanged();
      return true;
    },
  });
  const [picked, setPicked] = useState(false);
  const draft = picked ? editor.form.values : null;
  const setDraft = (d: Draft | null) => {
    setPicked(!!d);
    editor.load(d ?? NO_DRAFT);
  };

  const load = useCallback(async (select?: string) => {
    try {
      const all = await api.call('outreach.templates', {});
      setList(all);
      if (select) {
        const t = all.find((x) => x.id === select);
        if (t) {
          setSelected(t.id);
          setLang(t.language);
          setDraft(toDraft(t));
        }
      }
    } catch (err) {
      notifyError(err);
    }
  }, []);
  useEffect(() => {
    if (opened) {
      setLang(language);
      void load();
    }
  }, [opened, language, load]);

  const current = list.find((x) => x.id === selected) ?? null;
  const previewKey = draft && JSON.stringify({ language: draft.language, subject: draft.subject, body: draft.body });
  useEffect(() => {
    if (!previewKey) return setPreview(null);
    const { language, subject, body } = JSON.parse(previewKey) as Pick<Draft, 'language' | 'subject' | 'body'>;
    const timer = setTimeout(() => {
      api.call('outreach.preview', { collaborationId, language, subject, body: body || ' ' }).then(setPreview, () => setPreview(null));
    }, 200);
    return () => clearTimeout(timer);
  }, [previewKey, collaborationId]);

  const pick = (x: EmailTemplateDto) => {
    setSelected(x.id);
    setDraft(toDraft(x));
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    try {
      await fn();
      onChanged();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const duplicate = (x: EmailTemplateDto) =>
    run(async () => {
      const r = await api.call('outreach.duplicateTemplate', { templateId: x.id });
      await load(r.id);
      showDone(t('templates.duplicated', { name: x.name }));
    });
  const create = () =>
    run(async () => {
      const r = await api.call('outreach.createTemplate', { name: t('templates.newName'), language: lang, subject: '', body: lang === 'de' ? 'Hallo {{vorname}},\n\n' : 'Hi {{firstName}},\n\n' });
      await load(r.id);
    });
  const days = draft ? parseDays(draft.days) : null;
  const dirty = !!(current && draft && editor.form.isDirty());
  const save = async () => (days === null ? false : editor.persist());
  const guard = useCloseGuard({ dirty: opened && dirty, save });
  // closed (saved, unchanged or discarded): it opens again with no template picked
  const close = () =>
    guard.requestClose(() => {
      setSelected(null);
      setDraft(null);
      onClose();
    });
  const remove = (x: EmailTemplateDto) =>
    run(async () => {
      await api.call('outreach.removeTemplate', { id: Number(x.id) });
      if (selected === x.id) {
        setSelected(null);
        setDraft(null);
      }
      await load();
      offerUndo(t('templates.deleted', { name: x.name }), async () => {
        await api.call('outreach.restoreTemplate', { id: Number(x.id) });
        await load(x.id);
        onChanged();
      });
    });

  const shown = list.filter((x) => x.language === lang);
  const readOnly = !current || current.builtin;

  return (
    <Modal opened={opened} onClose={close} title={t('templates.title')} size="min(1100px, 94vw)" zIndex={300} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Group align="flex-start" gap="md" wrap="nowrap">
        <Stack gap="xs" w={240} style={{ flexShrink: 0 }}>
          <Group gap="xs" justify="space-between" wrap="nowrap">
            <SegmentedControl size="xs" value={lang} onChange={(x) => setLang(x as Lang)} data={[{ value: 'de', label: 'DE' }, { value: 'en', label: 'EN' }]} aria-label={t('outreach.language')} />
            <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => void create()} loading={busy}>
              {t('templates.new')}
            </Button>
          </Group>
          <ScrollArea.Autosize mah={440}>
            <Stack gap={4} role="list" aria-label={t('templates.list')}>
              {shown.map((x) => (
                <Paper key={x.id} withBorder radius="sm" p={6} role="listitem" data-testid="template-item" bg={x.id === selected ? 'var(--mantine-color-brand-light)' : undefined}>
                  <Group gap={4} wrap="nowrap" justify="space-between">
                    <UnstyledButton onClick={() => pick(x)} style={{ flex: 1, minWidth: 0 }} aria-current={x.id === selected}>
                      <Text size="sm" fw={x.id === selected ? 650 : 500} truncate>
                        {x.name}
                      </Text>
                      <Group gap={4}>
                        {x.builtin && (
                          <Badge size="xs" variant="light" color="gray" leftSection={<IconLock size={10} />}>
                            {t('templates.builtin')}
                          </Badge>
                        )}
                        {x.followUpDays.length > 0 && (
                          <Badge size="xs" variant="light" color="orange">
                            {t('templates.sequenceBadge', { days: x.followUpDays.join(' · ') })}
                          </Badge>
                        )}
                      </Group>
                    </UnstyledButton>
                    <Tooltip label={t('templates.duplicate')}>
                      <ActionIcon variant="subtle" color="gray" size="sm" onClick={() => void duplicate(x)} aria-label={t('templates.duplicateNamed', { name: x.name })}>
                        <IconCopy size={14} />
                      </ActionIcon>
                    </Tooltip>
                    {!x.builtin && (
                      <ActionIcon variant="subtle" color="red" size="sm" onClick={() => void remove(x)} aria-label={t('templates.deleteNamed', { name: x.name })}>
                        <IconTrash size={14} />
                      </ActionIcon>
                    )}
                  </Group>
                </Paper>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Stack>

        {draft ? (
          <Group align="flex-start" gap="md" wrap="nowrap" style={{ flex: 1, minWidth: 0 }}>
            <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
              {readOnly && (
                <Alert variant="light" color="gray" icon={<IconLock size={16} />} p="xs">
                  <Group justify="space-between" gap="xs">
                    <Text size="sm">{t('templates.readOnly')}</Text>
                    {current && (
                      <Button size="xs" variant="light" onClick={() => void duplicate(current)}>
                        {t('templates.duplicate')}
                      </Button>
                    )}
                  </Group>
                </Alert>
              )}
              <TextInput label={t('templates.name')} readOnly={readOnly} {...editor.form.getInputProps('name')} />
              <TextInput label={t('templates.subject')} description={t('templates.subjectHint')} readOnly={readOnly} {...editor.form.getInputProps('subject')} />
              <Textarea label={t('templates.body')} readOnly={readOnly} autosize minRows={6} maxRows={12} {...editor.form.getInputProps('body')} />
              <Text size="xs" c="dimmed">
                {t('templates.variables')}{' '}
                {VARIABLES[draft.language].map((v) => (
                  <Badge key={v} size="xs" variant="outline" color="gray" tt="none" mr={4}>{`{{${v}}}`}</Badge>
                ))}
              </Text>
              <Group gap="xs" align="flex-start" grow>
                <TextInput
                  label={t('templates.followUpDays')}
                  description={t('templates.followUpDaysHint')}
                  placeholder="5, 10"
                  value={draft.days}
                  readOnly={readOnly}
                  error={days === null ? t('templates.followUpDaysBad') : editor.error('days')}
                  onChange={(e) => editor.form.setFieldValue('days', e.currentTarget.value)}
                />
                <Select
                  label={t('templates.followUpTemplate')}
                  description={t('templates.followUpTemplateHint')}
                  placeholder={t('templates.followUpDefault')}
                  data={list.filter((x) => x.language === draft.language && x.id !== selected).map((x) => ({ value: x.id, label: x.name }))}
                  value={draft.followUpTemplateId}
                  onChange={(x) => editor.form.setFieldValue('followUpTemplateId', x)}
                  error={editor.error('followUpTemplateId')}
                  readOnly={readOnly}
                  clearable
                  comboboxProps={{ withinPortal: true, zIndex: 400 }}
                />
              </Group>
              {!readOnly && (
                <Group justify="flex-end">
                  <Button onClick={() => void save()} disabled={!dirty || days === null} loading={busy || editor.busy}>
                    {t('templates.save')}
                  </Button>
                </Group>
              )}
            </Stack>
            <Paper withBorder radius="md" p="sm" w={320} style={{ flexShrink: 0, position: 'sticky', top: 0 }} data-testid="template-preview" aria-live="polite">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
                {t('templates.preview')}
              </Text>
              {preview && (
                <Stack gap={6}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>{preview.subject || '—'}</Text>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{preview.body}</Text>
                  {preview.unknown.length > 0 && (
                    <Text size="xs" c="orange.8">
                      {t('templates.unknown', { names: preview.unknown.map((u) => `{{${u}}}`).join(', ') })}
                    </Text>
                  )}
                </Stack>
              )}
            </Paper>
          </Group>
        ) : (
          <Text size="sm" c="dimmed" style={{ flex: 1 }}>
            {t('templates.pick')}
          </Text>
        )}
      </Group>
    </Modal>
  );
}
