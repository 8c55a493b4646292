import { systemClock } from '../../src-main/api/center-clock';
import { createKiosk } from '../../src-main/core/kiosk/create-kiosk';
import { fixtureProcedures, validDraft } from '../support/dossier-fixtures';

/**
 * The process the crash harness kills: a kiosk core (with its background sync worker) on the
 * given data directory, submitting dossiers as fast as it can. Each code is printed only after
 * `submit` returned, i.e. after the commit: a printed code is a receipt a citizen holds.
 * stdout to a pipe is synchronous on Linux, so a printed line survives the SIGKILL that follows.
 */
const [dataDir, serverUrl] = process.argv.slice(2);
if (!dataDir || !serverUrl) {
  process.stderr.write('usage: crash-child DATA_DIR SERVER_URL\n');
  process.exit(2);
}

const kiosk = createKiosk({
  dataDir,
  shell: 'cli',
  appVersion: '0.0.0-crash',
  clock: systemClock,
  logSink: () => undefined,
  procedures: fixtureProcedures,
  backgroundSync: true,
});
kiosk.config.setMany({ 'server.url': serverUrl, 'server.token': 'crash-token' });
process.stdout.write('ready\n');

const submitOne = (): void => {
  const receipt = kiosk.dossiers.service.submit(validDraft());
  process.stdout.write(`code ${receipt.code}\n`);
};

// Yield between submissions so the sync worker's requests interleave with the writes.
const loop = (): void => {
  submitOne();
  setImmediate(loop);
};
loop();
