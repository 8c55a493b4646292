// A second kiosk process on the same data directory (the CLI next to the running kiosk): waits
// for a common start instant, issues tickets as fast as it can and prints their numbers as JSON.

import { systemClock } from '../../../src-main/api/center-clock';
import { createKiosk } from '../../../src-main/core/kiosk/create-kiosk';
import { memorySink } from '../../../src-main/core/logging/logger';

const [dataDir, countText, startAtText, serviceId] = process.argv.slice(2);
const kiosk = createKiosk({ dataDir: dataDir as string, shell: 'cli', appVersion: 'test', clock: systemClock, logSink: memorySink() });
while (Date.now() < Number(startAtText)) {
  // Busy-wait on purpose: both processes leave the line within a millisecond of each other.
}
const numbers: string[] = [];
for (let i = 0; i < Number(countText); i++) {
  const t = await kiosk.tickets.issue({ serviceId: serviceId as string, priority: i % 5 === 0, language: 'vi', source: 'staff' });
  numbers.push(t.number);
}
await kiosk.close();
process.stdout.write(JSON.stringify(numbers));
