import { Alert, Stepper, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { describeError } from '../../api/errors';

export interface WizardStep {
  label: string;
  description: string;
}

/**
 * The steps of an import wizard. A step before the current one can be clicked when `canGoBack` allows it;
 * later steps never.
 */
export function WizardSteps({ active, steps, canGoBack, onStep }: { active: number; steps: WizardStep[]; canGoBack: (step: number) => boolean; onStep: (step: number) => void }) {
  return (
    <Stepper active={active} size="sm" mb="xl" allowNextStepsSelect={false} onStepClick={(s) => (s < active && canGoBack(s) ? onStep(s) : undefined)}>
      {steps.map((s, i) => (
        <Stepper.Step key={i} label={s.label} description={s.description} />
      ))}
      <Stepper.Completed>{null}</Stepper.Completed>
    </Stepper>
  );
}

/** A step's heading; it takes the focus when it appears or its text changes, so screen readers follow the wizard. */
export function StepTitle({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [children]);
  return (
    <Title order={2} fz="lg" fw={650} ref={ref} tabIndex={-1} style={{ outline: 'none' }}>
      {children}
    </Title>
  );
}

/** A failed call, said in the user's language. */
export function WizardError({ error }: { error: unknown }) {
  if (!error) return null;
  const { title, message } = describeError(error);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={title} role="alert" mb="md">
      {message}
    </Alert>
  );
}
