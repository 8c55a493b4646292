import { describe, expect, it } from 'vitest';
import { errorMessage } from '../../../src-main/api/error-message';
import { KeyedMutex, Mutex } from '../../../src-main/api/mutex';

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('Mutex', () => {
  it('runs tasks one at a time in the order given, and a failure does not stop the next', async () => {
    const lock = new Mutex();
    const log: string[] = [];
    let release: () => void = () => undefined;
    const first = lock.run(
      () =>
        new Promise<string>((resolve) => {
          log.push('first starts');
          release = () => resolve('one');
        }),
    );
    const second = lock.run(() => {
      log.push('second runs');
      throw new Error('broken');
    });
    const third = lock.run(() => {
      log.push('third runs');
      return 3;
    });
    await tick();
    expect(log).toEqual(['first starts']);
    release();
    await expect(first).resolves.toBe('one');
    await expect(second).rejects.toThrow('broken');
    await expect(third).resolves.toBe(3);
    expect(log).toEqual(['first starts', 'second runs', 'third runs']);
  });

  it('idle() waits for every task given so far, even one that fails', async () => {
    const lock = new Mutex();
    let done = false;
    lock.run(async () => {
      await tick();
      done = true;
    });
    void lock.run(() => Promise.reject(new Error('x'))).catch(() => undefined);
    await lock.idle();
    expect(done).toBe(true);
  });

  it('KeyedMutex serialises per key and lets keys run side by side', async () => {
    const locks = new KeyedMutex<string>();
    const log: string[] = [];
    let releaseA: () => void = () => undefined;
    const a1 = locks.run('a', () => new Promise<void>((resolve) => (releaseA = resolve)));
    const a2 = locks.run('a', () => log.push('a2'));
    const b1 = locks.run('b', () => log.push('b1'));
    await b1;
    expect(log).toEqual(['b1']);
    releaseA();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['b1', 'a2']);
  });
});

describe('errorMessage', () => {
  it('reads an Error’s message and turns anything else into text', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
    expect(errorMessage(undefined)).toBe('undefined');
  });
});
