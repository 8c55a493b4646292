import { describe, expect, it } from 'vitest';
import { bacCommandData, bacSessionKeys } from '../../../src-main/hardware/idreader/emrtd/bac';
import { bacKeySeed, deriveKeys } from '../../../src-main/hardware/idreader/emrtd/bac-keys';
import { mrzInformation } from '../../../src-main/hardware/idreader/emrtd/mrz';
import { SecureMessaging } from '../../../src-main/hardware/idreader/emrtd/secure-messaging';

// The worked example of ICAO Doc 9303 part 11 (8th edition, 2021), appendix D ("Worked example:
// Basic Access Control") and D.4 ("Secure messaging"), for the specimen MRZ of Anna Eriksson.
const h = (s: string) => Buffer.from(s.replace(/\s/g, ''), 'hex');

describe('BAC: ICAO 9303 part 11 worked example', () => {
  const info = mrzInformation({ documentNumber: 'L898902C', dateOfBirth: '690806', dateOfExpiry: '940623' });
  const keys = deriveKeys(bacKeySeed(info));
  const rndIcc = h('4608F91988702212');
  const random = { rndIfd: h('781723860C06C226'), kIfd: h('0B795240CB7049B01C19B33E32804F0B') };

  it('derives the MRZ information, key seed and basic access keys', () => {
    expect(info).toBe('L898902C<369080619406236');
    expect(bacKeySeed(info).toString('hex').toUpperCase()).toBe('239AB9CB282DAF66231DC5A4DF6BFBAE');
    expect(keys.enc.toString('hex').toUpperCase()).toBe('AB94FDECF2674FDFB9B391F85D7F76F2');
    expect(keys.mac.toString('hex').toUpperCase()).toBe('7962D9ECE03D1ACD4C76089DCE131543');
  });

  it('builds the EXTERNAL AUTHENTICATE data', () => {
    expect(bacCommandData(keys, rndIcc, random).toString('hex').toUpperCase()).toBe(
      '72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F25F1448EEA8AD90A7',
    );
  });

  const answer = h('46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D7449');

  it('derives the session keys and the send sequence counter from the card answer', () => {
    const session = bacSessionKeys(keys, rndIcc, random, answer);
    expect(session.enc.toString('hex').toUpperCase()).toBe('979EC13B1CBFE9DCD01AB0FED307EAE5');
    expect(session.mac.toString('hex').toUpperCase()).toBe('F1CB1F1FB5ADF208806B89DC579DC1F8');
    expect(session.ssc.toString(16).toUpperCase()).toBe('887022120C06C226');
  });

  it('refuses an answer whose MAC is wrong as a wrong key', () => {
    const bad = Buffer.from(answer);
    bad[39] = (bad[39] ?? 0) ^ 1;
    expect(() => bacSessionKeys(keys, rndIcc, random, bad)).toThrow(expect.objectContaining({ code: 'wrong-key' }));
  });

  it('protects SELECT EF.COM and the two READ BINARY commands, and opens the answers', () => {
    const sm = new SecureMessaging(bacSessionKeys(keys, rndIcc, random, answer));
    expect(sm.wrap([0x00, 0xa4, 0x02, 0x0c], h('011E')).toString('hex').toUpperCase()).toBe(
      '0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800',
    );
    expect(sm.unwrap(h('990290008E08FA855A5D4C50A8ED9000'))).toEqual({ data: Buffer.alloc(0), sw: 0x9000 });

    expect(sm.wrap([0x00, 0xb0, 0x00, 0x00], undefined, 4).toString('hex').toUpperCase()).toBe('0CB000000D9701048E08ED6705417E96BA5500');
    const first = sm.unwrap(h('8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000'));
    expect(first.data.toString('hex').toUpperCase()).toBe('60145F01');

    expect(sm.wrap([0x00, 0xb0, 0x00, 0x04], undefined, 0x12).toString('hex').toUpperCase()).toBe('0CB000040D9701128E082EA28A70F3C7B53500');
    const rest = sm.unwrap(h('871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000'));
    expect(rest.data.toString('hex').toUpperCase()).toBe('04303130365F36063034303030305C026175');
  });

  it('refuses a protected answer whose MAC was changed', () => {
    const sm = new SecureMessaging(bacSessionKeys(keys, rndIcc, random, answer));
    sm.wrap([0x00, 0xa4, 0x02, 0x0c], h('011E'));
    expect(() => sm.unwrap(h('990290008E08FA855A5D4C50A8EE9000'))).toThrow(expect.objectContaining({ code: 'secure-messaging' }));
  });
});
