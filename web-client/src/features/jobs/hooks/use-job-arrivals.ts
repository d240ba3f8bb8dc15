import { useEffect, useRef, useState } from 'react';
import { usePageAttention } from '@/hooks/use-page-attention';
import { useAvailableJobs } from '../api/available-jobs';
import type { AvailableJob } from '../utils/job-cache';
import { playNewJobSound } from '../utils/new-job-sound';

/**
 * The open jobs new to the provider (to mark and announce), and how many of them arrived while the
 * provider was not looking at the page (for the tab's title; none once they look again). With `sound`
 * on, each arrival beeps.
 */
export function useJobArrivals(sound: boolean): { fresh: AvailableJob[]; unseen: number } {
  const jobs = useAvailableJobs().data;
  const attentive = usePageAttention();
  const [away, setAway] = useState({ attentive, since: attentive ? null : Date.now() });
  if (away.attentive !== attentive) setAway({ attentive, since: attentive ? null : Date.now() });

  const fresh = (jobs ?? []).filter((job) => job.arrivedAt !== undefined && job.status === 'PENDING' && !job.notice);
  const since = away.since;
  const unseen = since === null ? 0 : fresh.filter((job) => job.arrivedAt! >= since).length;

  // The jobs already new at the last look: only the others just arrived (a job given back can arrive twice).
  const heard = useRef(new Set<string>());
  const freshIds = fresh.map((job) => job.id).join(' ');
  useEffect(() => {
    const ids = freshIds ? freshIds.split(' ') : [];
    const arrived = ids.some((id) => !heard.current.has(id));
    heard.current = new Set(ids);
    if (arrived && sound) playNewJobSound();
  }, [freshIds, sound]);

  return { fresh, unseen };
}
