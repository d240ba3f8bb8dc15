import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { usePageVisible } from '@/hooks/use-page-attention';
import { markJobSeen, type AvailableJob } from '../utils/job-cache';

/** How long a new job stays marked new once the provider can see it. */
export const NEW_FOR_MS = 30_000;

/**
 * A new job stops being new once it has been on screen (its card at least half in view, the page
 * visible) for {@link NEW_FOR_MS}; one that came while the provider was away waits for them.
 */
export function useMarkSeen(card: RefObject<HTMLElement | null>, job: AvailableJob) {
  const queryClient = useQueryClient();
  const isNew = job.arrivedAt !== undefined;
  const visible = usePageVisible();
  // Without IntersectionObserver (old browsers, tests) a card counts as in view.
  const [inView, setInView] = useState(typeof IntersectionObserver === 'undefined');

  useEffect(() => {
    const element = card.current;
    if (!isNew || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(([entry]) => setInView(Boolean(entry?.isIntersecting)), { threshold: 0.5 });
    observer.observe(element);
    return () => observer.disconnect();
  }, [card, isNew]);

  useEffect(() => {
    if (!isNew || !visible || !inView) return;
    const timer = setTimeout(() => markJobSeen(queryClient, job.id), NEW_FOR_MS);
    return () => clearTimeout(timer);
  }, [isNew, visible, inView, queryClient, job.id]);
}
