import { useNow } from '@/hooks/use-now';
import { formatDateTime, formatRelative } from '@/lib/format';

/**
 * "in 40 min", "5 min ago": a moment relative to now, kept current, with the full date and time (in
 * `zone`, named when it is not the reader's) for hover and the machine-readable value for assistive tech.
 */
export function RelativeTime({ iso, zone }: { iso: string; zone?: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={formatDateTime(iso, zone)} className="relative-time">
      {formatRelative(iso, now)}
    </time>
  );
}
