import { z } from 'zod';

/** Reports a problem at an input path (`'rate'`, `'tierThresholds.macro'`), already in the user's language. */
export type AddProblem = (path: string, message: string) => void;

/**
 * A form's own rules in front of its contract schema (for `useContractForm`'s `schema`): what the form knows
 * better than the contract (a field left empty, a value the core refuses by a rule of its own such as "not the
 * workspace currency") is said first in the form's words; input that passes them is then checked by the
 * contract's schema as always, so nothing the core would refuse is sent.
 */
export function formRules<I>(contract: z.ZodType, rules: (input: I, add: AddProblem) => void): z.ZodType {
  return z
    .custom<unknown>(() => true)
    // the value is what the form's toInput made (typed I there); z.custom only passes it through
    .superRefine((input, ctx) => rules(input as I, (path, message) => ctx.addIssue({ code: 'custom', path: path.split('.'), message })))
    .pipe(contract);
}
