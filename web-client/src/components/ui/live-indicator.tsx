import type { StreamStatus } from '@/lib/event-stream';

const LABELS: Record<StreamStatus, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  closed: 'Offline',
};

/** Says whether the live updates are flowing; announced politely to screen readers. */
export function LiveIndicator({ status }: { status: StreamStatus }) {
  return (
    <span role="status" className={`live-indicator live-indicator--${status}`} data-testid="live-indicator" data-state={status}>
      <span className="live-indicator__dot" aria-hidden="true" />
      {LABELS[status]}
    </span>
  );
}
