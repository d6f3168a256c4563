import { randomBytes } from 'node:crypto';
import { CreateUserRequest, ROLES } from '@waypoint/contracts';
import { findAuthorityByCode, listAuthorities } from '../../modules/authorities/authorities.repository.ts';
import { listUsers } from '../../modules/users/users.repository.ts';
import * as users from '../../modules/users/users.service.ts';
import { systemActor } from '../../platform/actor.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { option, parseArgs, requireOption, UsageError } from '../args.ts';
import { withDatabase } from '../with-database.ts';

/** The authority a command acts on: the one named, or the only one in the database. */
export async function resolveAuthority(deps: AppDeps, code: string | undefined) {
  if (code) {
    const found = await findAuthorityByCode(deps.db, code);
    if (!found) throw new UsageError(`No authority has the code ${code}`);
    return found;
  }
  const all = await listAuthorities(deps.db);
  if (all.length === 1) return all[0]!;
  throw new UsageError(
    `Give --authority: this database holds ${all.length} authorities (${all.map((a) => a.code).join(', ') || 'none'})`,
  );
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `user create` and `user list`. */
export async function runUserCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  const args = parseArgs(rest, ['password-stdin']);
  if (sub === 'create') {
    const generated = !args.flags.has('password-stdin');
    const password = generated ? randomBytes(12).toString('base64url') : await readStdin();
    const input = CreateUserRequest.safeParse({
      email: requireOption(args, 'email'),
      displayName: requireOption(args, 'name'),
      jobTitle: option(args, 'job-title') ?? '',
      role: requireOption(args, 'role'),
      password,
    });
    if (!input.success) {
      throw new UsageError(
        input.error.issues
          .map((i) => `${i.path.join('.')}: ${i.message}${i.path[0] === 'role' ? ` (one of ${ROLES.join(', ')})` : ''}`)
          .join('\n'),
      );
    }
    return withDatabase(async (deps) => {
      const authority = await resolveAuthority(deps, option(args, 'authority'));
      const { id } = await users.createUser(
        deps,
        { ...systemActor(authority.id, 'command line'), authorityId: authority.id },
        input.data,
      );
      console.log(`Created ${input.data.role} ${input.data.email} (${id}) in ${authority.name}.`);
      if (generated) console.log(`Password (shown once; pass --password-stdin to choose one): ${password}`);
      return 0;
    });
  }
  if (sub === 'list') {
    return withDatabase(async (deps) => {
      const authority = await resolveAuthority(deps, option(args, 'authority'));
      for (const u of await listUsers(deps.db, authority.id)) {
        console.log(
          `${u.role.padEnd(17)} ${u.email.padEnd(44)} ${u.display_name}${u.disabled_at ? ' (disabled)' : ''}`,
        );
      }
      return 0;
    });
  }
  throw new UsageError(`Unknown user command "${sub ?? ''}"`);
}
