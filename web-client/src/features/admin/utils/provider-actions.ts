import type { User, VerificationStatus } from '@/types/api';

export type ProviderAction = 'approve' | 'reject' | 'suspend' | 'reinstate';

/** What an administrator may do to a provider in each status (the API answers 409 otherwise). */
export const ACTIONS_BY_STATUS: Record<VerificationStatus, ProviderAction[]> = {
  UNVERIFIED: ['approve', 'reject'],
  VERIFIED: ['suspend'],
  SUSPENDED: ['reinstate'],
  REJECTED: [],
};

export const ACTION_LABELS: Record<ProviderAction, string> = {
  approve: 'Approve',
  reject: 'Reject',
  suspend: 'Suspend',
  reinstate: 'Reinstate',
};

export const ACTION_DONE: Record<ProviderAction, string> = {
  approve: 'Approved',
  reject: 'Rejected',
  suspend: 'Suspended',
  reinstate: 'Reinstated',
};

/** What the action does, said before the administrator confirms it. */
export function actionEffect(action: ProviderAction, provider: User): string {
  const name = provider.name;
  switch (action) {
    case 'approve':
      return `${name} will see and accept jobs at once, including patients' addresses once they accept.`;
    case 'reject':
      return `${name} will see your reason and can correct their details and send them again.`;
    case 'suspend':
      return `${name}'s job board closes at once and the visits they have accepted go back to other providers. They will see your reason.`;
    case 'reinstate':
      return `${name} can see and accept jobs again at once.`;
  }
}

export const REASON_MAX = 1000;
