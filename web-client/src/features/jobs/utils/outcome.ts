import type { QueryClient } from '@tanstack/react-query';
import { focusResult } from '@/lib/focus';
import { jobKeys } from './job-cache';

/** What the provider's last action did, said at the top of the board until the next one. */
export interface JobOutcome {
  key: number;
  text: string | null;
  tone: 'success' | 'warning';
}

/** The headings and elements an action's result can take the keyboard to. */
export const BOARD_IDS = { mine: 'mine-title', available: 'available-title' } as const;
export const visitElementId = (id: string) => `visit-${id}`;
export const noticeElementId = (id: string) => `job-notice-${id}`;

let outcomes = 0;

/**
 * Says what an action did (`text`, or nothing when another notice says it) and puts the keyboard on
 * `focus`, an element id, falling back to `fallback`. Called from the mutations' own callbacks, which
 * run even when the button that started the action has gone with its card.
 */
export function reportOutcome(queryClient: QueryClient, outcome: { text: string | null; tone?: JobOutcome['tone']; focus: string; fallback?: string }) {
  outcomes += 1;
  queryClient.setQueryData<JobOutcome>(jobKeys.outcome(), { key: outcomes, text: outcome.text, tone: outcome.tone ?? 'success' });
  focusResult(outcome.focus, outcome.fallback);
}
