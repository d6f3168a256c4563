import { hash, verify } from '@node-rs/argon2';

// Argon2id with OWASP's minimum (m = 19 MiB, t = 2, p = 1); @node-rs/argon2 defaults to Argon2id.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** A pre-computed hash verified when the email is unknown, so timing does not reveal which emails exist. */
let decoyHash: Promise<string> | undefined;

/** Hashes a password with Argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; with no stored hash it still spends the same time and fails. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  if (!storedHash) {
    decoyHash ??= hashPassword('waypoint-decoy-password');
    await verify(await decoyHash, password).catch(() => false);
    return false;
  }
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
