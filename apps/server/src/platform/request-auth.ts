import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SessionUser } from '../modules/auth/auth.service.ts';
import type { Actor } from './actor.ts';
import { ForbiddenError, UnauthenticatedError } from './errors.ts';
import { can, type Permission } from './policies.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, resolved from the session cookie before the route runs. */
    user: SessionUser | null;
  }
}

/** The signed-in user of a request with its request id and address, ready for services and the audit log. */
export type RequestUser = SessionUser & { requestId: string; ip: string | null };

/** Returns the signed-in user, or throws 401 when there is none. */
export function requireUser(request: FastifyRequest): RequestUser {
  if (!request.user) throw new UnauthenticatedError();
  return { ...request.user, requestId: request.id, ip: request.ip ?? null };
}

/** Returns the signed-in user when their role holds the permission; 401 without a session, 403 without the role. */
export function authorize(request: FastifyRequest, permission: Permission): RequestUser {
  const user = requireUser(request);
  if (!can(user.role, permission)) throw new ForbiddenError();
  return user;
}

/** The actor of a request that may not be signed in (sign-in itself). */
export function anonymousActor(request: FastifyRequest): Actor {
  return { userId: null, email: null, role: null, authorityId: null, requestId: request.id, ip: request.ip ?? null };
}

/** Sends a file download with a safe Content-Disposition. */
export function sendDownload(reply: FastifyReply, fileName: string, contentType: string, body: Buffer | string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .header('Content-Type', contentType)
    .header('Content-Disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
    .header('X-Content-Type-Options', 'nosniff')
    .send(body);
}
