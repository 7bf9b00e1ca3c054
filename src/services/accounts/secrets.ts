import { createHash, randomBytes } from 'node:crypto';

import { hash, verify } from '@node-rs/argon2';

// Note: OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
// (algorithm 2 is Argon2id; the package's enum is a const enum that isolated modules cannot read.)
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash of a random password, verified when the account does not exist so that a wrong
// email and a wrong password take the same time (no account enumeration by timing).
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return decoyHash;
}

/** A new opaque token (256 bits, URL-safe) and the SHA-256 that is all the database keeps. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * What a device cookie holds (the cookie is signed, so only this server could have set it):
 * the login name that browser signed in to, hashed. OWASP "device cookies" trust that browser
 * for that name only.
 */
export function deviceToken(email: string): string {
  return hashToken(`device:${normaliseEmail(email)}`);
}
