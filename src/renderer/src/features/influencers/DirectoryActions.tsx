/** The directory's header actions: saved filters (apply, save, delete) and the export of the filtered list. */
import { ActionIcon, Button, Divider, Group, Menu, Modal, Popover, Stack, Text, TextInput, Tooltip, UnstyledButton } from '@mantine/core';
import { IconBookmark, IconBookmarkPlus, IconDownload, IconFileSpreadsheet, IconFileTypeCsv, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { api } from '../../api/client';
import { notifyError } from '../../api/errors';
import { useContractForm } from '../../lib/contractForm';
import { downloadFile } from '../../lib/files';
import { hasFilter, useDirectoryStore } from './store';
import { influencerActions, useDirectoryMeta } from './queries';
import { FormFooter } from '../../components/FormFooter';

export function SavedFiltersButton() {
  const { t } = useTranslation();
  const { replaceFilter, filter } = useDirectoryStore();
  const { savedFilters } = useDirectoryMeta();
  const { deleteFilter, saveFilter } = influencerActions;
  const [open, setOpen] = useState(false);
  const [naming, setNaming] = useState(false);
  // the name is checked by savedFilters.save's own schema (a blank name: „Pflichtfeld.“ at the field, nothing sent)
  const { form, busy, submit, load, error } = useContractForm({
    initialValues: { name: '' },
    schema: contract['savedFilters.save'].input,
    toInput: (v) => ({ name: v.name, query: filter }),
    fields: ['name'],
    save: async (input) => {
      await saveFilter(input.name, filter);
      return true;
    },
  });

  return (
    <>
      <Popover opened={open} onChange={setOpen} position="bottom-end" shadow="md" width={300} withArrow trapFocus>
        <Popover.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />} onClick={() => setOpen((o) => !o)} aria-haspopup="dialog" aria-expanded={open}>
            {t('influencers.saved.button')}
          </Button>
        </Popover.Target>
        <Popover.Dropdown p="xs" role="dialog" aria-label={t('influencers.saved.button')}>
          <Stack gap={2}>
            {savedFilters.length === 0 && (
              <Text size="sm" c="dimmed" px="xs" py={6}>
                {t('influencers.saved.none')}
              </Text>
            )}
            {savedFilters.map((f) => (
              <Group key={f.id} gap={4} wrap="nowrap" className="saved-filter">
                <UnstyledButton
                  style={{ flex: 1, borderRadius: 6 }}
                  px="xs"
                  py={6}
                  className="dir-row"
                  onClick={() => {
                    replaceFilter(f.query);
                    setOpen(false);
                  }}
                  aria-label={t('influencers.saved.apply', { name: f.name })}
                >
                  <Text size="sm" truncate>
                    {f.name}
                  </Text>
                </UnstyledButton>
                <Tooltip label={t('common.delete')} withArrow openDelay={300}>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    aria-label={t('influencers.saved.delete', { name: f.name })}
                    onClick={() => void deleteFilter(f.id).catch(notifyError)}
                  >
                    <IconTrash size={15} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            ))}
            <Divider my={4} />
            <Button
              variant="subtle"
              justify="flex-start"
              leftSection={<IconBookmarkPlus size={16} />}
              disabled={!hasFilter(filter)}
              onClick={() => {
                setOpen(false);
                load({ name: '' });
                setNaming(true);
              }}
            >
              {t('influencers.saved.save')}
            </Button>
          </Stack>
        </Popover.Dropdown>
      </Popover>
      <Modal opened={naming} onClose={() => setNaming(false)} title={t('influencers.saved.saveTitle')} size="sm">
        <form onSubmit={submit(() => setNaming(false))} noValidate>
          <Stack>
            <TextInput
              label={t('influencers.saved.name')}
              placeholder={t('influencers.saved.namePlaceholder')}
              data-autofocus
              value={form.values.name}
              onChange={(e) => form.setFieldValue('name', e.currentTarget.value)}
              error={error('name')}
              maxLength={80}
            />
            <FormFooter onCancel={() => setNaming(false)} busy={busy} submitLabel={t('common.save')} disabled={!form.values.name} />
          </Stack>
        </form>
      </Modal>
    </>
  );
}

export function ExportButton() {
  const { t, i18n } = useTranslation();
  const filter = useDirectoryStore((s) => s.filter);
  const [busy, setBusy] = useState(false);
  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const file = await api.call('influencers.export', { format, filter, language: i18n.language === 'de' ? 'de' : 'en' });
      downloadFile(file);
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Menu position="bottom-end" shadow="md" withArrow>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy}>
          {t('influencers.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{hasFilter(filter) ? t('influencers.export.filtered') : t('influencers.export.all')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void run('csv')}>
          {t('influencers.export.csv')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run('xlsx')}>
          {t('influencers.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
