import path from 'node:path';

export const ICS_FILE_NAME = 'kollab.ics';

/** Where the core keeps the calendar for calendar apps to subscribe to (rewritten on every change). */
export function icsPath(dataDir: string): string {
  return path.join(dataDir, 'calendar', ICS_FILE_NAME);
}
