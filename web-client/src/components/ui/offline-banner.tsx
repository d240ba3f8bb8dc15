import { useConnection } from '@/lib/connection';

/**
 * Says plainly when the app is cut off: the browser is offline, or the live updates cannot reach the
 * service. What the page shows may then be out of date, and nothing the person does can go through.
 */
export function OfflineBanner() {
  const { online, serviceReachable } = useConnection();
  if (online && serviceReachable) return null;
  return (
    <p role="status" className="notice notice--warning offline-banner" data-testid="offline-banner" data-reason={online ? 'unreachable' : 'offline'}>
      {online
        ? 'The service cannot be reached. What you see may be out of date, and nothing you do can be sent until it is back. Trying again…'
        : 'You are offline. What you see may be out of date, and nothing you do can be sent until the connection is back.'}
    </p>
  );
}
