/**
 * One way for every Settings form to hold its values: a `useContractForm` over the settings it edits, checked
 * before sending by `settings.update`'s own schema (a value the core would refuse shows at its field in the user's
 * language and nothing is sent; a rule of the form's own, e.g. "enter a number of days", goes in front of it),
 * the server's field errors at their field, a toast after saving. Numbers are typed in the NumberField/MoneyField
 * (the one locale-aware input). The cards (checks, payments) follow the stored settings; the page's long forms
 * (general, KPI rules) follow them while untouched, keep the user's edits once changed (`form.isDirty()`) and ask
 * before leaving them unsaved.
 */
import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCheck } from '@tabler/icons-react';
import { useEffect, type FormEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { contract, DEFAULT_SETTINGS, type Settings } from '../../../../shared/contract';
import { useContractForm, type FormValues } from '../../lib/contractForm';
import { formRules, type AddProblem } from '../../lib/formRules';
import { updateSettings } from '../../lib/settings';
import { useDirtyForm } from '../../lib/unsaved';

export type SettingsPatch = Partial<Settings>;

export interface SettingsFormOptions<V extends FormValues> {
  settings: Settings | null;
  /** The form's values from the stored settings (shaped like the patch, so the schema's paths are the form's keys). */
  valuesOf(s: Settings): V;
  toPatch(v: V): SettingsPatch;
  /** The settings fields the form shows errors at (the schema's and the server's). */
  fields: readonly string[];
  /** i18n key of the toast after saving. */
  savedTitle: string;
  /** Keep the user's edits while the stored settings change, and ask before leaving them unsaved. */
  guardUnsaved?: boolean;
  /** The form's own rules, said before settings.update's schema checks the patch. */
  rules?(patch: SettingsPatch, add: AddProblem): void;
  /** Where to look for an unreadable number field (default: the document). */
  formRef?: RefObject<HTMLFormElement | null>;
}

export function useSettingsForm<V extends FormValues>(o: SettingsFormOptions<V>) {
  const { t } = useTranslation();
  const { settings, guardUnsaved = false } = o;
  const schema = contract['settings.update'].input;
  const f = useContractForm<V, SettingsPatch>({
    initialValues: o.valuesOf(settings ?? DEFAULT_SETTINGS),
    schema: o.rules ? formRules(schema, o.rules) : schema,
    toInput: o.toPatch,
    fields: o.fields,
    root: () => o.formRef?.current,
    save: async (patch) => {
      // what the core stored is the new "unchanged"
      f.load(o.valuesOf(await updateSettings(patch)));
      notifications.show({ color: 'teal', icon: <IconCheck size={16} />, title: t(o.savedTitle), message: '' });
      return true;
    },
  });
  useEffect(() => {
    if (settings && !(guardUnsaved && f.form.isDirty())) f.load(o.valuesOf(settings));
    // new stored settings (read, saved here or elsewhere) replace the values unless the user is editing them
  }, [settings]);
  useDirtyForm(guardUnsaved && !!settings && f.form.isDirty(), f.persist);
  return f;
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
