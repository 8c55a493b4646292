#!/usr/bin/env python3
# Runs Debian's virtualsmartcard (package python3-virtualsmartcard / vsmartcard-vpicc) as an
# ICAO eMRTD loaded with files the caller made. The stock `vicc -t ePass` asks for a TD3 MRZ on
# stdin through `raw_input` (Python 2 only) and derives the BAC key from TD3 positions; a CCCD
# carries a TD1 MRZ, so this launcher builds the file system itself and gives the library's
# PassportSAM the key seed from the MRZ fields it is told.
#
# Usage: vicc-card.py CONFIG.json   where CONFIG is
#   {"port": 35963, "mrzInformation": "<docno+cd><dob+cd><expiry+cd>", "files": {"011E": "<base64>", ...}}
import base64
import hashlib
import json
import logging
import os
import sys

# Debian's python3-virtualsmartcard installs the package one folder too deep
# (/usr/lib/python3/site-packages/virtualsmartcard/virtualsmartcard), off Python's path.
sys.path.append('/usr/lib/python3/site-packages/virtualsmartcard')
# The library imports PyCrypto's `Crypto`; Debian's python3-pycryptodome names the same API
# `Cryptodome`.
import Cryptodome  # noqa: E402
sys.modules.setdefault('Crypto', Cryptodome)

from virtualsmartcard.SmartcardFilesystem import MF, DF, TransparentStructureEF
from virtualsmartcard.SmartcardSAM import SAM
from virtualsmartcard.VirtualSmartcard import VirtualICC, Iso7816OS
from virtualsmartcard.cards.ePass import PassportSAM, ePass_SE
import virtualsmartcard.CryptoUtils as vsCrypto
from virtualsmartcard.SWutils import SwError, SW
from virtualsmartcard.utils import C_APDU
from Cryptodome.Cipher import DES, DES3

# Python 3 fixes for the library (3.3+dfsg-2), applied to this process only: its BAC XORs
# str characters, and its secure messaging mixes str and bytes throughout, so the secure
# messaging of ICAO 9303 part 11 section 9.8 is done here instead (DO'87', DO'97', DO'99', DO'8E').
def _xor_bytes(string1, string2, op):
    return bytes(op(a, b) for a, b in zip(string1, string2))


vsCrypto.operation_on_string = _xor_bytes


def _pad(data):
    data = data + b'\x80'
    return data + b'\x00' * (-len(data) % 8)


def _unpad(data):
    return data[:data.rstrip(b'\x00')[:-1].__len__()] if data.rstrip(b'\x00').endswith(b'\x80') else data


def _tlv(tag, value):
    n = len(value)
    length = bytes([n]) if n < 0x80 else (bytes([0x81, n]) if n < 0x100 else bytes([0x82, n >> 8, n & 0xff]))
    return bytes([tag]) + length + value


def _read_tlvs(data):
    out, i = [], 0
    while i < len(data):
        tag = data[i]
        n = data[i + 1]
        i += 2
        if n & 0x80:
            count, n = n & 0x7f, 0
            for _ in range(count):
                n, i = n * 256 + data[i], i + 1
        out.append((tag, data[i:i + n]))
        i += n
    return out


class IcaoSE(ePass_SE):
    def _mac(self, data):
        self.ssc = (self.ssc + 1) & 0xFFFFFFFFFFFFFFFF
        key = self.cct.key
        message = _pad(self.ssc.to_bytes(8, 'big') + data)
        h = DES.new(key[:8], DES.MODE_CBC, b'\x00' * 8).encrypt(message)[-8:]
        h = DES.new(key[8:16], DES.MODE_ECB).decrypt(h)
        return DES.new(key[:8], DES.MODE_ECB).encrypt(h)

    def _cipher(self):
        return DES3.new(self.ct.key, DES3.MODE_CBC, b'\x00' * 8)

    def parse_SM_CAPDU(self, CAPDU, authenticate_header):
        header = bytes([CAPDU.cla, CAPDU.ins, CAPDU.p1, CAPDU.p2])
        authenticated = _pad(header)
        data, le, mac = b'', None, None
        for tag, value in _read_tlvs(bytes(CAPDU.data)):
            if tag == 0x8E:
                mac = value
                continue
            authenticated += _tlv(tag, value)
            if tag == 0x87:
                data = _unpad(self._cipher().decrypt(value[1:]))
            elif tag == 0x97:
                le = int.from_bytes(value, 'big') or 256
        if mac is None or self._mac(authenticated) != mac:
            raise SwError(SW["ERR_SECMESSOBJECTSINCORRECT"])
        return C_APDU(cla=CAPDU.cla & ~0x0C, ins=CAPDU.ins, p1=CAPDU.p1, p2=CAPDU.p2, le=le, data=data)

    def protect_response(self, sw, result):
        body = b''
        if result:
            body += _tlv(0x87, b'\x01' + self._cipher().encrypt(_pad(bytes(result))))
        body += _tlv(0x99, sw.to_bytes(2, 'big'))
        body += _tlv(0x8E, self._mac(body))
        return sw, body

LDS_AID = b'\xa0\x00\x00\x02\x47\x10\x01'


class Td1PassportSAM(PassportSAM):
    """PassportSAM whose document basic access keys come from the given MRZ information."""

    def __init__(self, mf, mrz_info):
        SAM.__init__(self, None, None, mf, default_se=IcaoSE)
        self.KSeed = hashlib.sha1(mrz_info.encode('ascii')).digest()[:16]
        self.KEnc = self.derive_key(self.KSeed, 1)
        self.KMac = self.derive_key(self.KSeed, 2)


def build(config):
    mf = MF()
    df = DF(parent=mf, fid=4, dfname=LDS_AID, bertlv_data=[])
    for fid, data in config['files'].items():
        df.append(TransparentStructureEF(parent=df, fid=int(fid, 16), filedescriptor=0,
                                         data=base64.b64decode(data)))
    mf.append(df)
    return mf, Td1PassportSAM(mf, config['mrzInformation'])


def main():
    with open(sys.argv[1], encoding='utf-8') as f:
        config = json.load(f)
    mf, sam = build(config)
    vicc = VirtualICC(None, 'iso7816', 'localhost', int(config['port']),
                      logginglevel=logging.DEBUG if os.environ.get('VICC_CARD_DEBUG') else logging.CRITICAL)
    vicc.os = Iso7816OS(mf, sam)
    print('vicc-card connected', flush=True)
    vicc.run()


if __name__ == '__main__':
    main()
