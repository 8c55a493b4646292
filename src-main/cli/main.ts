import { errorMessage } from '../api/error-message';
import { runCli } from './program';

// Whatever this process creates in the data folder (database, logs, exports) is the kiosk account's alone.
process.umask(0o077);

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kiosk: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  },
);
