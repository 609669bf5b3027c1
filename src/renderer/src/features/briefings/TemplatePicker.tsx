import { ActionIcon, Badge, Button, Card, Group, Modal, Radio, ScrollArea, SimpleGrid, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, type BriefingTemplateDto } from '../../../../shared/contract';
import type { CampaignGoal, CollabType, Locale } from '../../../../shared/domain';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useContractForm } from '../../lib/contractForm';
import { useCloseGuard } from '../../lib/unsaved';

function TemplateCard({ tpl, highlight, onUse, onDelete }: { tpl: BriefingTemplateDto; highlight: boolean; onUse(): void; onDelete?: () => void }) {
  const { t } = useTranslation();
  return (
    <Card padding="sm" withBorder style={highlight ? { borderColor: 'var(--mantine-color-brand-4)' } : undefined} data-template={tpl.id}>
      <Stack gap={6} h="100%" justify="space-between">
        <div>
          <Group gap={6} justify="space-between" wrap="nowrap">
            <Text fw={600} size="sm">
              {tpl.name}
            </Text>
            {highlight && (
              <Badge size="xs" variant="light" tt="none">
                {t('briefings.templates.fitsCampaign')}
              </Badge>
            )}
          </Group>
          {tpl.description && (
            <Text size="xs" c="dimmed" mt={2}>
              {tpl.description}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {t('briefings.templates.sections', { count: Object.keys(tpl.sections).length })}
          </Text>
        </div>
        <Group justify="space-between">
          <Button size="compact-xs" variant="light" onClick={onUse} aria-label={`${t('briefings.templates.use')}: ${tpl.name}`}>
            {t('briefings.templates.use')}
          </Button>
          {onDelete && (
            <Tooltip label={t('briefings.templates.delete')}>
              <ActionIcon size="sm" variant="subtle" color="red" onClick={onDelete} aria-label={t('briefings.templates.delete')}>
                <IconTrash size={14} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Stack>
    </Card>
  );
}

/** Built-in templates per goal and collaboration type in the document language, and the user's own. */
export function TemplatePicker({
  opened,
  onClose,
  language,
  goal,
  collabType,
  target,
  onApplied,
}: {
  opened: boolean;
  onClose(): void;
  language: Locale;
  goal?: CampaignGoal;
  collabType?: CollabType;
  target: { campaignId: number } | { collaborationId: number };
  onApplied(): void;
}) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<BriefingTemplateDto[] | null>(null);
  const [mode, setMode] = useState<'replace' | 'fillEmpty'>('replace');

  useEffect(() => {
    if (!opened) return;
    let live = true;
    api.call('briefings.templates', { language }).then(
      (list) => live && setTemplates(list),
      (err: unknown) => notifyError(err),
    );
    return () => {
      live = false;
    };
  }, [opened, language]);

  const use = async (tpl: BriefingTemplateDto) => {
    try {
      const res = await api.call('briefings.applyTemplate', { ...target, templateId: tpl.id, mode });
      notifications.show({ color: 'teal', title: t('briefings.templates.applied', { count: res.applied.length }), message: tpl.name });
      onApplied();
      onClose();
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async (tpl: BriefingTemplateDto) => {
    try {
      await api.call('briefings.deleteTemplate', { id: tpl.id });
      setTemplates((l) => l?.filter((x) => x.id !== tpl.id) ?? null);
      notifications.show({ color: 'teal', title: t('briefings.templates.deleted'), message: tpl.name });
    } catch (err) {
      notifyError(err);
    }
  };

  const list = templates ?? [];
  const byGoal = list.filter((x) => x.builtin && x.goal);
  const byType = list.filter((x) => x.builtin && x.collabType);
  const own = list.filter((x) => !x.builtin);
  const grid = (items: BriefingTemplateDto[], fits: (x: BriefingTemplateDto) => boolean, del = false) => (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
      {items.map((x) => (
        <TemplateCard key={x.id} tpl={x} highlight={fits(x)} onUse={() => void use(x)} onDelete={del ? () => void remove(x) : undefined} />
      ))}
    </SimpleGrid>
  );
  const forPerson = 'collaborationId' in target;

  return (
    <Modal opened={opened} onClose={onClose} title={t('briefings.templates.title')} size="xl" scrollAreaComponent={ScrollArea.Autosize}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('briefings.templates.intro')}
        </Text>
        <Radio.Group value={mode} onChange={(v) => setMode(v as 'replace' | 'fillEmpty')}>
          <Group gap="lg">
            <Radio value="replace" label={t('briefings.templates.modeReplace')} />
            <Radio value="fillEmpty" label={t('briefings.templates.modeFill')} />
          </Group>
        </Radio.Group>
        {forPerson ? (
          <>
            <Title order={4} fz="sm">
              {t('briefings.templates.byType')}
            </Title>
            {grid(byType, (x) => x.collabType === collabType)}
          </>
        ) : (
          <>
            <Title order={4} fz="sm">
              {t('briefings.templates.byGoal')}
            </Title>
            {grid(byGoal, (x) => x.goal === goal)}
          </>
        )}
        <Title order={4} fz="sm">
          {t('briefings.templates.own')}
        </Title>
        {own.length ? (
          grid(own, () => false, true)
        ) : (
          <Text size="sm" c="dimmed">
            {t('briefings.templates.noOwn')}
          </Text>
        )}
        {!forPerson && (
          <>
            <Title order={4} fz="sm">
              {t('briefings.templates.byType')}
            </Title>
            {grid(byType, () => false)}
          </>
        )}
      </Stack>
    </Modal>
  );
}

/**
 * Save the campaign's briefing as an own template: the name is a form checked by briefings.saveTemplate's own
 * schema (useContractForm) — a problem shows at the field in the user's language and nothing is sent; closing
 * with a name typed asks first, like the other dialogs.
 */
export function SaveTemplateModal({ opened, onClose, campaignId, language, goal }: { opened: boolean; onClose(): void; campaignId: number; language: Locale; goal: CampaignGoal }) {
  const { t } = useTranslation();
  const { form, busy, persist, submit, load } = useContractForm({
    initialValues: { name: '' },
    schema: contract['briefings.saveTemplate'].input,
    toInput: (v: { name: string }) => ({ name: v.name, language, goal, fromCampaignId: campaignId }),
    fields: ['name'],
    // an empty briefing (nothing to save) is said at the name, the dialog's one field
    aliases: { sections: 'name' },
    save: async (input) => {
      await api.call('briefings.saveTemplate', input);
      notifications.show({ color: 'teal', title: t('briefings.templates.saved'), message: input.name });
      guard.saved();
      onClose();
      return true;
    },
  });
  useEffect(() => {
    if (opened) load({ name: '' });
  }, [opened]);
  const guard = useCloseGuard({ dirty: opened && form.isDirty(), save: persist });
  return (
    <Modal opened={opened} onClose={() => guard.requestClose(onClose)} title={t('briefings.templates.saveTitle')}>
      <form onSubmit={submit()} noValidate>
        <Stack>
          <TextInput label={t('briefings.templates.name')} {...form.getInputProps('name')} maxLength={120} data-autofocus />
          <Group justify="flex-end">
            <Button type="submit" loading={busy}>
              {t('briefings.templates.saveAs')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
