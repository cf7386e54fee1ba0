import { randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/**
 * scrypt at N = 2^17, r = 8, p = 1: 128 MiB and about half a second per attempt
 * here, so guessing passphrases against a copied file is slow. The salt and
 * parameters sit beside the store; the derived key is never written anywhere.
 */
export const defaultKdf = { N: 2 ** 17, r: 8, p: 1 } as const;
export const keyBytes = 32;

const keyFileSchema = z.object({
  version: z.literal(1),
  kdf: z.literal('scrypt'),
  N: z.number().int(),
  r: z.number().int(),
  p: z.number().int(),
  salt: z.string(),
});
export type KeyFile = z.infer<typeof keyFileSchema>;

export const keyFileName = 'workability.key.json';

/** The settings in use, and those of a change of passphrase not yet finished. */
type Which = 'current' | 'pending';

export function keyFilePath(dataDir: string, which: Which = 'current'): string {
  return join(dataDir, which === 'current' ? keyFileName : `${keyFileName}.pending`);
}

export function newKeyFile(kdf: { N: number; r: number; p: number } = defaultKdf): KeyFile {
  return { version: 1, kdf: 'scrypt', ...kdf, salt: randomBytes(16).toString('base64') };
}

export function readKeyFile(dataDir: string, which: Which = 'current'): KeyFile | null {
  const file = keyFilePath(dataDir, which);
  if (!existsSync(file)) return null;
  const parsed = keyFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`The key settings in ${file} are damaged.`);
  return parsed.data;
}

/** Written to a new file and renamed over the old, so a crash leaves one whole file or the other. */
export function writeKeyFile(dataDir: string, keyFile: KeyFile, which: Which = 'current'): void {
  const file = keyFilePath(dataDir, which);
  writeFileSync(`${file}.new`, `${JSON.stringify(keyFile, null, 2)}\n`, { mode: 0o600 });
  renameSync(`${file}.new`, file);
}

export function promotePendingKeyFile(dataDir: string): void {
  renameSync(keyFilePath(dataDir, 'pending'), keyFilePath(dataDir));
}

export function discardKeyFile(dataDir: string, which: Which): void {
  rmSync(keyFilePath(dataDir, which), { force: true });
}

export function deriveKey(passphrase: string, keyFile: KeyFile): Promise<Buffer> {
  const options: ScryptOptions = {
    N: keyFile.N,
    r: keyFile.r,
    p: keyFile.p,
    maxmem: 256 * keyFile.N * keyFile.r + 1024 * 1024,
  };
  return new Promise((resolve, reject) =>
    scrypt(
      passphrase.normalize('NFC'),
      Buffer.from(keyFile.salt, 'base64'),
      keyBytes,
      options,
      (error, key) => (error ? reject(error) : resolve(key)),
    ),
  );
}
