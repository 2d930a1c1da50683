/**
 * Writes expected.json next to each golden input from the current importer. Run it only after
 * checking a changed record by hand against the reading program (see docs/import.md):
 * `npx tsx test/golden/record.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { goldenCases, recordOf } from './golden-cases';

for (const golden of goldenCases()) {
  const record = recordOf(golden);
  writeFileSync(join(dirname(golden.inputFile), 'expected.json'), `${JSON.stringify(record, null, 2)}\n`);
}
