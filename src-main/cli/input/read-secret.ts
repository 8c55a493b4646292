import type { Readable } from 'node:stream';

/**
 * Asks for a secret on a terminal without echoing it (a star per key), so a PIN never appears
 * on screen, in the shell history or in `ps`. Ctrl-C aborts.
 */
export function promptSecret(prompt: string, input: NodeJS.ReadStream, write: (text: string) => unknown): Promise<string> {
  return new Promise((resolve, reject) => {
    let value = '';
    write(prompt);
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const done = (err?: Error) => {
      input.setRawMode(false);
      input.pause();
      input.off('data', onData);
      write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003' || ch === '\u0004') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') {
          if (value.length > 0) {
            value = value.slice(0, -1);
            write('\b \b');
          }
          continue;
        }
        if (ch >= ' ') {
          value += ch;
          write('*');
        }
      }
    };
    input.on('data', onData);
  });
}

/** Reads the first line of a piped stdin (`echo 482913 | kiosk auth set-pin …`), at most 1 KiB. */
export async function readFirstLine(input: Readable): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += String(chunk);
    const nl = text.indexOf('\n');
    if (nl >= 0) return text.slice(0, nl).replace(/\r$/, '');
    if (text.length > 1024) break;
  }
  return text.trim();
}
