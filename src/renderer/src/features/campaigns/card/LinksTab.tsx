import { ActionIcon, Anchor, Button, CopyButton, Group, Image, Paper, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconQrcode, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../../shared/contract';
import { api } from '../../../api/client';
import { notifyError } from '../../../api/errors';
import { useContractForm } from '../../../lib/contractForm';
import { showDone } from '../../../lib/notify';
import { useDirtyForm } from '../../../lib/unsaved';
import { AddPanel, ListBlock, saveBase64, useConfirm, type TabProps } from './shared';
import { NumberField } from '../../../components/NumberField';

/**
 * Tracking links: build a UTM link from the campaign's base URL, save, copy, QR code, clicks. The builder
 * (→ links.build), the link (→ links.add) and each click count (→ links.update) are forms checked by their
 * methods' own schemas (useContractForm): a problem shows at its field in the user's language, nothing is sent.
 */
export function LinksTab({ detail, onChanged, baseUrl }: TabProps & { baseUrl: string | null }) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<{ url: string; png: string } | null>(null);
  const [confirmNode, ask] = useConfirm();

  const link = useContractForm({
    initialValues: { url: '' },
    schema: contract['links.add'].input,
    toInput: (v: { url: string }) => ({ collaborationId: detail.id, url: v.url.trim() }),
    fields: ['url'],
    save: async (input) => {
      await api.call('links.add', input);
      showDone(t('links.added'));
      link.load({ url: '' });
      onChanged();
      return true;
    },
  });
  // a built or typed link not saved yet is unsaved input of the card (the drawer asks before closing)
  useDirtyForm(link.form.isDirty(), link.persist);

  const builder = useContractForm({
    initialValues: { baseUrl: baseUrl ?? '' },
    schema: contract['links.build'].input,
    toInput: (v: { baseUrl: string }) => ({ collaborationId: detail.id, ...(v.baseUrl.trim() ? { baseUrl: v.baseUrl.trim() } : {}) }),
    fields: ['baseUrl'],
    save: async (input) => {
      const r = await api.call('links.build', input);
      link.form.setFieldValue('url', r.url);
      link.form.clearErrors();
      return true;
    },
  });
  useEffect(() => builder.load({ baseUrl: baseUrl ?? '' }), [baseUrl]);
  const url = link.form.values.url;

  const showQr = async (u: string) => {
    if (qr?.url === u) return setQr(null);
    try {
      const r = await api.call('links.qr', { url: u, size: 512 });
      setQr({ url: u, png: r.pngBase64 });
    } catch (err) {
      notifyError(err);
    }
  };
  const remove = async (id: number, u: string) => {
    if (!(await ask({ title: t('links.removeTitle'), message: t('links.removeText', { url: u }), confirm: t('common.delete') }))) return;
    try {
      await api.call('links.remove', { id });
      if (qr?.url === u) setQr(null);
      showDone(t('links.removed'));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="md">
      {confirmNode}
      <AddPanel title={t('links.new')} addLabel={t('links.add')} onAdd={() => void link.persist()} disabled={!url.trim()} loading={link.busy}>
        <TextInput
          label={t('links.baseUrl')}
          description={baseUrl ? t('links.baseFromCampaign') : t('links.noBaseUrl')}
          placeholder="https://shop.example.de/produkt"
          {...builder.form.getInputProps('baseUrl')}
          // the button beside the input itself, so a problem shown below the field does not push it out of line
          inputContainer={(input) => (
            <Group gap="xs" wrap="nowrap">
              <div style={{ flex: 1 }}>{input}</div>
              <Button variant="light" onClick={() => void builder.persist()} loading={builder.busy}>
                {t('links.build')}
              </Button>
            </Group>
          )}
        />
        <TextInput label={t('links.url')} {...link.form.getInputProps('url')} styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }} />
      </AddPanel>

      <ListBlock title={t('links.list', { count: detail.links.length })} empty={detail.links.length === 0} none={t('links.none')}>
        {detail.links.map((l) => (
          <Paper key={l.id} withBorder radius="sm" p="xs" data-testid="tracking-link">
            <Group justify="space-between" wrap="nowrap" gap="xs" align="flex-start">
              <Anchor href={l.url} target="_blank" rel="noreferrer" size="xs" ff="monospace" style={{ wordBreak: 'break-all', flex: 1 }}>
                {l.url}
              </Anchor>
              <Group gap={2} wrap="nowrap">
                <CopyButton value={l.url} timeout={1500}>
                  {({ copied, copy }) => (
                    <Tooltip label={copied ? t('links.copied') : t('links.copy')} withArrow>
                      <ActionIcon variant="subtle" color={copied ? 'teal' : 'gray'} onClick={copy} aria-label={t('links.copy')}>
                        {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                      </ActionIcon>
                    </Tooltip>
                  )}
                </CopyButton>
                <Tooltip label={t('links.qr')} withArrow>
                  <ActionIcon variant={qr?.url === l.url ? 'light' : 'subtle'} color="gray" onClick={() => showQr(l.url)} aria-label={t('links.qr')} aria-pressed={qr?.url === l.url}>
                    <IconQrcode size={16} />
                  </ActionIcon>
                </Tooltip>
                <ActionIcon variant="subtle" color="red" aria-label={t('links.remove')} onClick={() => remove(l.id, l.url)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
            <Group gap="xs" mt={6}>
              <ClicksField id={l.id} clicks={l.clicks} label={t('links.clicks')} onSaved={onChanged} />
            </Group>
            {qr?.url === l.url && (
              <Stack align="center" gap="xs" mt="sm">
                <Image src={`data:image/png;base64,${qr.png}`} alt={t('links.qrAlt')} w={180} h={180} radius="sm" data-testid="qr-image" />
                <Button size="xs" variant="light" leftSection={<IconDownload size={14} />} onClick={() => saveBase64(qr.png, `qr-${detail.influencer.name.replace(/[^\w-]+/g, '-').toLowerCase()}.png`, 'image/png')}>
                  {t('links.downloadPng')}
                </Button>
              </Stack>
            )}
          </Paper>
        ))}
      </ListBlock>
    </Stack>
  );
}

/** A link's click count (a form checked by links.update's schema), saved when left with a readable number that differs. */
function ClicksField({ id, clicks, label, onSaved }: { id: number; clicks: number; label: string; onSaved(): void }) {
  const { form, persist, load, number } = useContractForm({
    initialValues: { clicks: clicks as number | null },
    schema: contract['links.update'].input,
    toInput: (v: { clicks: number | null }) => ({ id, clicks: v.clicks ?? 0 }),
    fields: ['clicks'],
    save: async (input) => {
      await api.call('links.update', input);
      onSaved();
      return true;
    },
  });
  useEffect(() => load({ clicks }), [clicks]);
  const field = number('clicks');
  return (
    <NumberField
      size="xs"
      w={120}
      label={label}
      {...field}
      onBlur={() => {
        const value = form.getValues().clicks;
        if (value != null && !Number.isNaN(value) && value !== clicks) void persist();
      }}
    />
  );
}
