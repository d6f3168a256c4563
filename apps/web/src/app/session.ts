import { useQuery } from '@tanstack/react-query';
import type { Role } from '@waypoint/contracts';
import { ApiError, api } from '../api/client.ts';
import type { Me } from '../api/types.ts';

/** The signed-in user, or null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api<Me>('/auth/me');
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

const EDIT_ROLES: readonly Role[] = ['admin', 'improvement-lead'];

/** True when the role edits plans and inspections. */
export function canEditPlan(role: Role | undefined): boolean {
  return role !== undefined && EDIT_ROLES.includes(role);
}
