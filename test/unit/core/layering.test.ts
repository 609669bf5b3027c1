import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

/** Lints `code` as if it were the file at `file` (relative to the repo), with the project's real config. */
const eslint = new ESLint({ cwd: process.cwd() });
async function problems(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: path.resolve(file) });
  return r.messages.map((m) => `${m.ruleId}: ${m.message}`);
}
const restricted = (msgs: string[]) => msgs.filter((m) => m.startsWith('import-x/no-restricted-paths'));

describe('layering is enforced by lint', () => {
  it('refuses the renderer importing the core', async () => {
    const msgs = await problems('src/renderer/src/features/dashboard/Bad.tsx', "import { createCore } from '../../../../main/core/context';\nexport const x = createCore;\n");
    expect(restricted(msgs).join('\n')).toMatch(/only through the contract/);
  });

  it('refuses one renderer feature importing another, and allows components/ and lib/', async () => {
    const bad = await problems('src/renderer/src/features/dashboard/Bad.tsx', "import { CampaignPage } from '../campaigns/CampaignPage';\nexport const x = CampaignPage;\n");
    expect(restricted(bad).join('\n')).toMatch(/No imports across renderer features/);
    const good = await problems('src/renderer/src/features/dashboard/Good.tsx', "import { PageHeader } from '../../components/PageHeader';\nexport const x = PageHeader;\n");
    expect(restricted(good)).toEqual([]);
  });

  it('refuses production code importing the demo', async () => {
    const msgs = await problems('src/main/campaigns/bad.ts', "import { seedDemo } from '../demo/seed';\nexport const x = seedDemo;\n");
    expect(restricted(msgs).join('\n')).toMatch(/never imports demo code/);
  });

  it('refuses the shell reaching into domain internals and src/shared importing a side', async () => {
    const shell = await problems('src/main/shell/bad.ts', "import { createCampaign } from '../campaigns/service';\nexport const x = createCampaign;\n");
    expect(restricted(shell).join('\n')).toMatch(/does not reach into domain internals/);
    const shared = await problems('src/shared/bad.ts', "import { write } from '../main/db/write';\nexport const x = write;\n");
    expect(restricted(shared).join('\n')).toMatch(/imports none of them/);
  });

  describe('import cycles', () => {
    const dir = path.resolve('src/main/__layering_test__');
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
    it('are refused', async () => {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = () => b();\n");
      fs.writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a';\nexport const b = () => a();\n");
      const [r] = await new ESLint({ cwd: process.cwd() }).lintFiles([path.join(dir, 'a.ts')]);
      expect(r.messages.map((m) => m.ruleId)).toContain('import-x/no-cycle');
    });
  });
});
