/**
 * The one setup of the app's forms: `@mantine/form` holding the values, checked before sending by the same zod
 * schema the core checks the call with (the contract's input schema, `src/shared/contract/`).
 *
 * - What is checked is exactly what is sent: the form's values go through `toInput` (empty text → null,
 *   trimmed, …) and that input through the contract's schema. A problem shows at the field it concerns, in
 *   the user's language by the same keys as the core's validation errors (`issueMessage`), and nothing is sent.
 * - A number field whose text cannot be read (`NaN`, see NumberField) stops the save and gets the focus first.
 * - A problem the core still finds (a rule of its own, or one deeper than the form shows) lands on the form's
 *   field when it has one, otherwise as a notification.
 * - `form.isDirty()` drives the unsaved-changes question; `load(values)` sets the values and what counts as
 *   unchanged (when a drawer opens), and after a save the saved values are the new baseline.
 */
import { useForm, type UseFormReturnType } from '@mantine/form';
import { zod4Resolver } from 'mantine-form-zod-resolver';
import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import { fieldError, issueMessage, notifyError } from '../api/errors';
import { focusUnreadableNumber, hasUnreadableNumber } from '../components/NumberField';

export type FormValues = Record<string, unknown>;

export interface ContractFormOptions<V extends FormValues, I> {
  initialValues: V;
  /** The input schema of the contract method the form calls (`contract['x.y'].input`), or the one it is built from. */
  schema: z.ZodType;
  /** The values as that method's input. */
  toInput(values: V): I;
  /**
   * The error keys the form shows ('#' = any list index). A problem at a deeper input path shows at the nearest
   * shown key above it (`targetKpis.reach` at `targetKpis`).
   */
  fields: readonly string[];
  /** Input paths shown under another key, e.g. the one channel's `channels.0.handle` at `handle`. */
  aliases?: Readonly<Record<string, string>>;
  /** Writes the input; resolves true when saved. A thrown error is shown at its field or notified. */
  save(input: I, values: V): Promise<boolean>;
  /** Where to look for the unreadable number field to focus (default: the document), for a page with several forms. */
  root?(): ParentNode | null | undefined;
}

/** The form key showing a problem at `path`, or null when the form shows none there. */
export function shownAt(path: string, fields: readonly string[], aliases: Readonly<Record<string, string>> = {}): string | null {
  const parts = path.split('.');
  for (let n = parts.length; n > 0; n--) {
    const p = parts.slice(0, n).join('.');
    if (aliases[p] !== undefined) return aliases[p];
    const pattern = parts.slice(0, n).map((s) => (/^\d+$/.test(s) ? '#' : s)).join('.');
    if (fields.includes(p) || fields.includes(pattern)) return p;
  }
  return null;
}

/**
 * A schema over the form's values that runs the contract's schema on what would be sent and reports each
 * problem at the form key showing it, already in the user's language. Problems no field shows are left to the
 * core (sent, refused, notified) — the form never blocks without saying where.
 */
export function contractSchema<V, I>(schema: z.ZodType, toInput: (values: V) => I, keyOf: (path: string) => string | null): z.ZodType<V> {
  return z.custom<V>(() => true).superRefine((values, ctx) => {
    const parsed = schema.safeParse(toInput(values));
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      const key = keyOf(issue.path.map(String).join('.'));
      if (key !== null) ctx.addIssue({ code: 'custom', path: key.split('.'), message: issueMessage(issue) });
    }
  });
}

export interface ContractForm<V extends FormValues> {
  form: UseFormReturnType<V>;
  busy: boolean;
  /** Checks and saves; true when saved (what the close guard needs). */
  persist(): Promise<boolean>;
  /** For `<form onSubmit>`: persist, then `after` when saved. */
  submit(after?: () => void): (e: FormEvent) => void;
  /** New values and the new baseline of "unchanged" (a drawer opening on a record). */
  load(values: V): void;
  /** The error at a form key, or undefined. */
  error(key: string): string | undefined;
  /** A NumberField/MoneyField bound to a form key (null = empty, NaN = text it cannot read). */
  number(path: string): { value: number | null; onChange(value: number | null): void; error: string | undefined };
}

export function useContractForm<V extends FormValues, I>(o: ContractFormOptions<V, I>): ContractForm<V> {
  const keyOf = (path: string) => shownAt(path, o.fields, o.aliases);
  const form = useForm<V>({
    mode: 'controlled',
    initialValues: o.initialValues,
    validate: zod4Resolver(contractSchema(o.schema, o.toInput, keyOf), { errorPriority: 'first' }),
  });
  const [busy, setBusy] = useState(false);

  const persist = async (): Promise<boolean> => {
    const values = form.getValues();
    if (hasUnreadableNumber(values)) {
      focusUnreadableNumber(o.root?.() ?? undefined);
      return false;
    }
    if (form.validate().hasErrors) return false;
    setBusy(true);
    try {
      const saved = await o.save(o.toInput(values), values);
      // What was saved is the new "unchanged" — unless the form was reset or typed in meanwhile.
      if (saved && form.getValues() === values) form.resetDirty(values);
      return saved;
    } catch (ex) {
      const fe = fieldError(ex);
      const key = fe && keyOf(fe.field);
      if (fe && key) form.setFieldError(key, fe.message);
      else notifyError(ex);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const load = (values: V) => {
    form.setValues(values);
    form.resetDirty(values);
    form.clearErrors();
  };
  const submit = (after?: () => void) => (e: FormEvent) => {
    e.preventDefault();
    void persist().then((ok) => ok && after?.());
  };
  const error = (key: string): string | undefined => {
    const e = form.errors[key];
    return e ? String(e) : undefined;
  };
  const number = (path: string) => {
    const { value } = form.getInputProps(path) as { value: unknown };
    return { value: typeof value === 'number' ? value : null, onChange: (x: number | null) => form.setFieldValue(path, x as never), error: error(path) };
  };
  return { form, busy, persist, submit, load, error, number };
}
