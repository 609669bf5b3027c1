import { ActionIcon, Anchor, Button, CopyButton, Group, Image, Paper, Stack, TextInput, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy, IconDownload, IconQrcode, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api/client';
import { errorMessage, notifyError } from '../../../api/errors';
import { showDone } from '../../../lib/notify';
import { AddPanel, ListBlock, saveBase64, useConfirm, type TabProps } from './shared';
import { NumberField } from '../../../components/NumberField';

/** Tracking links: build a UTM link from the campaign's base URL, save, copy, QR code, clicks. */
export function LinksTab({ detail, onChanged, baseUrl }: TabProps & { baseUrl: string | null }) {
  const { t } = useTranslation();
  const [base, setBase] = useState(baseUrl ?? '');
  const [url, setUrl] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [qr, setQr] = useState<{ url: string; png: string } | null>(null);
  const [confirmNode, ask] = useConfirm();
  useEffect(() => setBase(baseUrl ?? ''), [baseUrl]);

  const build = async () => {
    setBusy(true);
    setError('');
    try {
      const r = await api.call('links.build', { collaborationId: detail.id, ...(base.trim() ? { baseUrl: base.trim() } : {}) });
      setUrl(r.url);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'INVALID_INPUT') setError(errorMessage(err));
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const add = async () => {
    setBusy(true);
    try {
      await api.call('links.add', { collaborationId: detail.id, url: url.trim() });
      showDone(t('links.added'));
      setUrl('');
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.code === 'INVALID_INPUT') setError(errorMessage(err));
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  const showQr = async (u: string) => {
    if (qr?.url === u) return setQr(null);
    try {
      const r = await api.call('links.qr', { url: u, size: 512 });
      setQr({ url: u, png: r.pngBase64 });
    } catch (err) {
      notifyError(err);
    }
  };
  const setClicks = async (id: number, clicks: number) => {
    try {
      await api.call('links.update', { id, clicks });
      onChanged();
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
      <AddPanel title={t('links.new')} addLabel={t('links.add')} onAdd={add} disabled={!url.trim()} loading={busy && !!url}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput
            label={t('links.baseUrl')}
            description={baseUrl ? t('links.baseFromCampaign') : t('links.noBaseUrl')}
            placeholder="https://shop.example.de/produkt"
            value={base}
            onChange={(e) => {
              setBase(e.currentTarget.value);
              setError('');
            }}
            style={{ flex: 1 }}
          />
          <Button variant="light" onClick={build} loading={busy && !url}>
            {t('links.build')}
          </Button>
        </Group>
        <TextInput
          label={t('links.url')}
          value={url}
          onChange={(e) => {
            setUrl(e.currentTarget.value);
            setError('');
          }}
          error={error || undefined}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
        />
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
              <ClicksField clicks={l.clicks} label={t('links.clicks')} onCommit={(n) => void setClicks(l.id, n)} />
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

/** A link's click count, saved when the field is left with a readable number that differs. */
function ClicksField({ clicks, label, onCommit }: { clicks: number; label: string; onCommit(n: number): void }) {
  const [value, setValue] = useState<number | null>(clicks);
  useEffect(() => setValue(clicks), [clicks]);
  return (
    <NumberField
      size="xs"
      w={120}
      label={label}
      value={value}
      onChange={setValue}
      onBlur={() => {
        if (value != null && !Number.isNaN(value) && value !== clicks) onCommit(value);
      }}
    />
  );
}
