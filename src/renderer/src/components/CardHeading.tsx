import { Text, Title, type MantineSize, type MantineSpacing } from '@mantine/core';
import type { ReactNode } from 'react';

/** A card's heading: its title (an h2; `id` for the card's aria-labelledby) and a dimmed hint below it. */
export function CardHeading({ id, title, hint, hintSize = 'sm', titleMb = 4, mb }: { id?: string; title: ReactNode; hint: ReactNode; hintSize?: MantineSize; titleMb?: MantineSpacing; mb: MantineSpacing }) {
  return (
    <>
      <Title order={2} fz="md" fw={600} mb={titleMb} id={id}>
        {title}
      </Title>
      <Text size={hintSize} c="dimmed" mb={mb}>
        {hint}
      </Text>
    </>
  );
}
