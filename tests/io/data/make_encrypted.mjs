// Encrypts tests/io/data/encrypted/plain.xlsx into the fixtures the io tests read, with the npm package
// officecrypto-tool (an independent writer: not our code). Run by make_encrypted.sh, never by the tests.
//   node make_encrypted.mjs DIR        (DIR holds plain.xlsx; officecrypto-tool resolvable from here)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(process.env.OFFICECRYPTO_MODULES ? path.join(process.env.OFFICECRYPTO_MODULES, 'x.js') : import.meta.url);
const officeCrypto = require('officecrypto-tool');
const CFB = require('cfb');

const dir = process.argv[2];
const plain = fs.readFileSync(path.join(dir, 'plain.xlsx'));
// Passwords: keep in step with tests/io/test_office_crypto.cpp.
const ascii = 'Seller-2024!';
const korean = '판매자비밀번호7';
const standardPassword = 'Std#Order9';

const write = (name, bytes) => fs.writeFileSync(path.join(dir, name), bytes);

const agile = officeCrypto.encrypt(plain, { password: ascii });
write('agile_ascii.xlsx', agile);
write('agile_korean.xlsx', officeCrypto.encrypt(plain, { password: korean }));
write('standard.xlsx', officeCrypto.encrypt(plain, { password: standardPassword, type: 'standard' }));

// Damaged: one byte of the cipher text flipped in place (found by its bytes: the stream's first
// sector holds it whole), so only the integrity check can notice.
const pkg = CFB.find(CFB.read(agile, { type: 'buffer' }), '/EncryptedPackage').content;
const probe = Buffer.from(pkg.slice(200, 232));
const at = agile.indexOf(probe);
if (at < 0 || agile.indexOf(probe, at + 1) >= 0) throw new Error('cannot place the flipped byte');
const damaged = Buffer.from(agile);
damaged[at + 10] ^= 0x01;
write('damaged.xlsx', damaged);

// Truncated: the download cut off at 70 %.
write('truncated.xlsx', agile.subarray(0, Math.floor(agile.length * 0.7)));
console.log('wrote', fs.readdirSync(dir).join(' '));
