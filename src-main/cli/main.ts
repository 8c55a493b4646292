import { errorMessage } from '../api/error-message';
import { runCli } from './program';

runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`kiosk: ${errorMessage(err)}\n`);
    process.exitCode = 1;
  },
);
