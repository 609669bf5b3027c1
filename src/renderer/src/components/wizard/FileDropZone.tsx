import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import './wizard.css';

export interface FileDropZoneProps {
  /** The file input's `accept`. */
  accept: string;
  title: string;
  hint: string;
  /** The zone's and the button's label ("Choose file"). */
  chooseLabel: string;
  /** The hidden file input's accessible name. */
  inputLabel: string;
  testId?: string;
  /** While busy the zone takes no file and shows the button loading. */
  busy?: boolean;
  onFile(file: File): void;
}

/** The zone's texts under one i18n prefix: `<prefix>.dropTitle`, `.dropHint`, `.choose` and `.fileInput`. */
export function dropZoneTexts(t: TFunction, prefix: string): Pick<FileDropZoneProps, 'title' | 'hint' | 'chooseLabel' | 'inputLabel'> {
  return { title: t(`${prefix}.dropTitle`), hint: t(`${prefix}.dropHint`), chooseLabel: t(`${prefix}.choose`), inputLabel: t(`${prefix}.fileInput`) };
}

/**
 * The first step of an import wizard: a zone to drop a file on, click, or open with Enter/Space (it is a button),
 * backed by a hidden file input (the input is reset, so the same file can be chosen again).
 */
export function FileDropZone({ accept, title, hint, chooseLabel, inputLabel, testId, busy = false, onFile }: FileDropZoneProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const open = () => {
    if (!busy) inputRef.current?.click();
  };
  const take = (file: File | null | undefined) => {
    if (file && !busy) onFile(file);
  };
  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    take(e.dataTransfer.files?.[0]);
  };
  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  };
  return (
    <>
      <div
        className="wizard-drop"
        role="button"
        tabIndex={busy ? -1 : 0}
        aria-label={chooseLabel}
        aria-disabled={busy ? true : undefined}
        data-active={dragging || undefined}
        onClick={open}
        onKeyDown={onKey}
        onDragOver={(e) => {
          e.preventDefault();
          if (!busy) setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="xs" py={52} px="md">
          <ThemeIcon size={56} radius="xl" variant="light">
            <IconFileUpload size={28} />
          </ThemeIcon>
          <Text fw={600} size="lg">
            {title}
          </Text>
          <Text c="dimmed" size="sm" ta="center" maw={520}>
            {hint}
          </Text>
          <Button mt="sm" leftSection={<IconFileSpreadsheet size={16} />} tabIndex={-1} loading={busy}>
            {chooseLabel}
          </Button>
        </Stack>
      </div>
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        aria-label={inputLabel}
        onChange={(e) => {
          take(e.currentTarget.files?.[0]);
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}
