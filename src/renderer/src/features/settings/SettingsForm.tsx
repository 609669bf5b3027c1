/**
 * One way for every Settings form to hold its draft: the draft built from the stored settings, field errors that
 * clear as the field changes, a save that refuses unreadable numbers, names the server's field errors and
 * confirms with a toast. The cards (checks, payments) follow the stored settings; the page's long forms
 * (general, KPI rules) keep the user's edits and ask before leaving them unsaved.
 */
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../shared/contract';
import { handleFormError } from '../../api/errors';
import { focusUnreadableNumber, hasUnreadableNumber } from '../../components/NumberField';
import { updateSettings } from '../../lib/settings';
import { useDirtyForm } from '../../lib/unsaved';

export interface SettingsDraftOptions<D> {
  settings: Settings | null;
  /** A module-level function (it is an effect dependency). */
  draftOf(s: Settings): D;
  toPatch(d: D): Partial<Settings>;
  /** The settings fields whose server errors show at a field. */
  fields: readonly string[];
  /** i18n key of the toast after saving. */
  savedTitle: string;
  /** Keep the user's edits while the stored settings change, and ask before leaving them unsaved. */
  guardUnsaved?: boolean;
  /** Field errors found before saving (null: fine). */
  validate?(d: D): Record<string, string> | null;
  /** Where to look for an unreadable number field (default: the document). */
  formRef?: RefObject<HTMLFormElement | null>;
}

export function useSettingsDraft<D extends object>(o: SettingsDraftOptions<D>) {
  const { t } = useTranslation();
  const { settings, draftOf, guardUnsaved = false } = o;
  const [draft, setDraft] = useState<D | null>(settings ? draftOf(settings) : null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (settings && !guardUnsaved) setDraft(draftOf(settings));
  }, [settings, guardUnsaved, draftOf]);
  useEffect(() => {
    if (settings && !draft) setDraft(draftOf(settings));
  }, [settings, draft, draftOf]);
  const persistRef = useRef<() => Promise<boolean>>(async () => true);
  useDirtyForm(guardUnsaved && !!settings && !!draft && JSON.stringify(draft) !== JSON.stringify(draftOf(settings)), () => persistRef.current());

  const set = <K extends keyof D>(k: K, v: D[K], errKeys: string[] = [String(k)]) => {
    setDraft((d) => (d ? { ...d, [k]: v } : d));
    setErrors((e) => {
      const n = { ...e };
      for (const key of errKeys) delete n[key];
      return n;
    });
  };

  const persist = async (): Promise<boolean> => {
    if (!draft) return false;
    if (hasUnreadableNumber(draft)) {
      focusUnreadableNumber(o.formRef?.current ?? undefined);
      return false;
    }
    const invalid = o.validate?.(draft);
    if (invalid) {
      setErrors(invalid);
      return false;
    }
    setSaving(true);
    setErrors({});
    try {
      setDraft(draftOf(await updateSettings(o.toPatch(draft))));
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t(o.savedTitle), message: '' });
      return true;
    } catch (err) {
      setErrors(handleFormError(err, o.fields));
      return false;
    } finally {
      setSaving(false);
    }
  };
  persistRef.current = persist;
  const save = (e: FormEvent) => {
    e.preventDefault();
    void persist();
  };
  return { draft, errors, saving, set, save };
}

/** A Settings card that is one form: title, fields, the save button at the end. */
export function SettingsFormCard(props: {
  id: string;
  title: string;
  saveLabel: string;
  saving: boolean;
  onSubmit(e: FormEvent): void;
  /** 'lg' for the page's main form (more room, a filled button). */
  size?: 'sm' | 'lg';
  children: ReactNode;
}) {
  const size = props.size ?? 'sm';
  return (
    <Card component="form" onSubmit={props.onSubmit} noValidate aria-labelledby={props.id}>
      <Title order={2} fz="md" fw={600} mb={size} id={props.id}>
        {props.title}
      </Title>
      <Stack gap={size}>
        {props.children}
        <Group justify="flex-end">
          <Button type="submit" variant={size === 'sm' ? 'light' : 'filled'} loading={props.saving}>
            {props.saveLabel}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** A choice among a few values with its label above and a hint below (language, KPI split, ER basis). */
export function LabeledChoice<V extends string>(props: { id: string; label: string; hint: string; value: V; data: { value: V; label: string }[]; onChange(v: V): void }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={props.id}>
        {props.label}
      </Text>
      <SegmentedControl aria-labelledby={props.id} value={props.value} onChange={(v) => props.onChange(v as V)} data={props.data} w="fit-content" />
      <Text size="xs" c="dimmed">
        {props.hint}
      </Text>
    </Stack>
  );
}
