import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  CopyButton,
  Group,
  Image,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Tooltip,
} from '@mantine/core';
import {
  IconCheck,
  IconCopy,
  IconDownload,
  IconExternalLink,
  IconFile,
  IconMail,
  IconQrcode,
  IconSparkles,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollaborationDetail, EmailTemplateDto } from '../../../../../shared/contract';
import { api, ApiError } from '../../../api/client';
import { errorMessage, notifyError } from '../../../api/errors';
import { useFormat } from '../../../lib/useFormat';
import { showDone } from '../../../lib/notify';
import { AddPanel, formatBytes, ListBlock, readAsBase64, saveBase64, saveFile, SectionTitle, useConfirm } from './shared';
import { DateField } from '../../../components/DateField';
import { NumberField } from '../../../components/NumberField';

type TabProps = { detail: CollaborationDetail; onChanged(): void };

/** Voucher codes: suggest from a pattern, edit, add; the core refuses a code someone else holds and names them. */
export function CodesTab({ detail, onChanged }: TabProps) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [pattern, setPattern] = useState('{HANDLE}{PERCENT}');
  const [percent, setPercent] = useState<number | null>(15);
  const [code, setCode] = useState('');
  const [discount, setDiscount] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [error, setError] = useState<Record<string, string>>({});
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);
  const [confirmNode, ask] = useConfirm();

  const suggest = async () => {
    setBusy(true);
    setError({});
    try {
      const p = percent != null && !Number.isNaN(percent) ? percent : undefined;
      const r = await api.call('codes.suggest', { collaborationId: detail.id, pattern: pattern.trim() || '{HANDLE}{PERCENT}', percent: p });
      setCode(r.code);
      setTaken(r.taken);
      if (!discount && p != null) setDiscount(t('codes.discountDefault', { percent: fmt.number(p) }));
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    setBusy(true);
    setError({});
    try {
      await api.call('codes.add', { collaborationId: detail.id, code: code.trim(), discountDescription: discount.trim(), validFrom: validFrom || null, validTo: validTo || null });
      showDone(t('codes.added', { code: code.trim().toUpperCase() }));
      setCode('');
      setTaken(false);
      setDiscount('');
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'CONFLICT' || (err.code === 'INVALID_INPUT' && (!err.field || err.field === 'code')))) setError({ code: errorMessage(err) });
      else if (err instanceof ApiError && err.code === 'INVALID_INPUT' && err.field) setError({ [err.field]: errorMessage(err) });
      else notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const remove = async (id: number, c: string) => {
    if (!(await ask({ title: t('codes.removeTitle'), message: t('codes.removeText', { code: c }), confirm: t('common.delete') }))) return;
    try {
      await api.call('codes.remove', { id });
      showDone(t('codes.removed', { code: c }));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="md">
      {confirmNode}
      <AddPanel title={t('codes.new')} addLabel={t('codes.add')} onAdd={add} disabled={code.trim().length < 1} loading={busy && !!code}>
        <Group gap="xs" align="flex-end" wrap="nowrap">
          <TextInput label={t('codes.pattern')} description={t('codes.patternHint')} value={pattern} onChange={(e) => setPattern(e.currentTarget.value)} style={{ flex: 1 }} ff="monospace" />
          <NumberField label={t('codes.percent')} max={100} compact={false} unit="%" w={90} value={percent} onChange={setPercent} />
          <Button variant="light" leftSection={<IconSparkles size={16} />} onClick={suggest} loading={busy && !code}>
            {t('codes.suggest')}
          </Button>
        </Group>
        <SimpleGrid cols={2}>
          <TextInput
            label={t('codes.code')}
            value={code}
            onChange={(e) => {
              setCode(e.currentTarget.value.toUpperCase());
              setError({});
              setTaken(false);
            }}
            error={error.code || (taken ? t('codes.takenHint') : undefined)}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontWeight: 600, letterSpacing: '0.04em' } }}
          />
          <TextInput label={t('codes.discount')} placeholder={t('codes.discountPlaceholder')} value={discount} onChange={(e) => setDiscount(e.currentTarget.value)} error={error.discountDescription} />
          <DateField label={t('codes.validFrom')} value={validFrom} onChange={(d) => setValidFrom(d ?? '')} error={error.validFrom} />
          <DateField label={t('codes.validTo')} value={validTo} onChange={(d) => setValidTo(d ?? '')} error={error.validTo} />
        </SimpleGrid>
      </AddPanel>

      <ListBlock title={t('codes.list', { count: detail.codes.length })} empty={detail.codes.length === 0} none={t('codes.none')}>
        {detail.codes.map((c) => (
          <Paper key={c.id} withBorder radius="sm" p="xs" data-testid="voucher-code">
            <Group justify="space-between" wrap="nowrap">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Group gap="xs">
                  <Text ff="monospace" fw={700}>
                    {c.code}
                  </Text>
                  {c.discountDescription && (
                    <Badge variant="light" color="grape" tt="none" fw={500}>
                      {c.discountDescription}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {c.validFrom || c.validTo ? t('codes.valid', { range: fmt.dateRange(c.validFrom, c.validTo) }) : t('codes.validAlways')} ·{' '}
                  {t('codes.orders', { count: c.orders })} · {fmt.money(c.revenueMinor, detail.currency)}
                </Text>
              </Stack>
              <ActionIcon variant="subtle" color="red" aria-label={t('codes.remove', { code: c.code })} onClick={() => remove(c.id, c.code)}>
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
      </ListBlock>
    </Stack>
  );
}

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

/** Contracts and invoices: upload, open with the system viewer (or download in the browser), remove. */
export function FilesTab({ detail, onChanged }: TabProps) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const [kind, setKind] = useState<'contract' | 'invoice' | 'other'>('contract');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const [confirmNode, ask] = useConfirm();

  const upload = async (files: FileList | null) => {
    if (!files?.length) return;
    setBusy(true);
    try {
      for (const f of Array.from(files)) {
        const dataBase64 = await readAsBase64(f);
        await api.call('attachments.add', { collaborationId: detail.id, kind, fileName: f.name, dataBase64 });
      }
      showDone(t('cardFiles.added', { count: files.length }));
      onChanged();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const open = async (id: number) => {
    try {
      await api.call('attachments.open', { id });
    } catch (err) {
      if (err instanceof ApiError && (err.code === 'UNSUPPORTED' || err.code === 'UNKNOWN_METHOD')) {
        try {
          saveFile(await api.call('attachments.download', { id }));
        } catch (e2) {
          notifyError(e2);
        }
      } else notifyError(err);
    }
  };
  const remove = async (id: number, name: string) => {
    if (!(await ask({ title: t('cardFiles.removeTitle'), message: t('cardFiles.removeText', { name }), confirm: t('common.delete') }))) return;
    try {
      await api.call('attachments.remove', { id });
      showDone(t('cardFiles.removed', { name }));
      onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="md">
      {confirmNode}
      <Paper withBorder radius="md" p="sm">
        <SectionTitle>{t('cardFiles.upload')}</SectionTitle>
        <Group gap="xs" align="flex-end">
          <SegmentedControl value={kind} onChange={(x) => setKind(x as typeof kind)} data={(['contract', 'invoice', 'other'] as const).map((k) => ({ value: k, label: t(`cardFiles.kinds.${k}`) }))} aria-label={t('cardFiles.kind')} />
          <Button leftSection={<IconUpload size={16} />} loading={busy} onClick={() => input.current?.click()}>
            {t('cardFiles.choose')}
          </Button>
          <input ref={input} type="file" hidden multiple data-testid="attachment-input" aria-label={t('cardFiles.choose')} onChange={(e) => void upload(e.currentTarget.files)} />
        </Group>
      </Paper>
      <ListBlock title={t('cardFiles.list', { count: detail.attachments.length })} empty={detail.attachments.length === 0} none={t('cardFiles.none')}>
        {detail.attachments.map((a) => (
          <Paper key={a.id} withBorder radius="sm" p="xs">
            <Group justify="space-between" wrap="nowrap">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFile size={18} aria-hidden="true" color="var(--mantine-color-gray-6)" />
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {a.fileName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(`cardFiles.kinds.${a.kind}`, { defaultValue: a.kind })} · {formatBytes(a.sizeBytes, i18n.language)} · {fmt.date(a.createdAt)}
                  </Text>
                </Stack>
              </Group>
              <Group gap={2} wrap="nowrap">
                <Tooltip label={t('cardFiles.open')} withArrow>
                  <ActionIcon variant="subtle" color="gray" onClick={() => open(a.id)} aria-label={t('cardFiles.openNamed', { name: a.fileName })}>
                    <IconExternalLink size={16} />
                  </ActionIcon>
                </Tooltip>
                <ActionIcon variant="subtle" color="red" onClick={() => remove(a.id, a.fileName)} aria-label={t('cardFiles.removeNamed', { name: a.fileName })}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Group>
            </Group>
          </Paper>
        ))}
      </ListBlock>
    </Stack>
  );
}

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
