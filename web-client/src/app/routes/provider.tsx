import { useEffect, useRef, useState } from 'react';
import { focusMainHeading } from '@/lib/focus';
import { useSession } from '@/lib/session';
import { ProviderBoard } from './provider-board';
import { ProviderStatus } from './provider-status';

/**
 * A provider's home: the job board once VERIFIED, the status page before (or after a suspension).
 * The switch happens in place, live, when the account changes: the status page's stream, the job
 * stream's `account.updated` or a 403 `provider-not-verified` update the session, and this follows.
 */
export function ProviderRoute() {
  const session = useSession();
  // A provider view without a verification comes from a service older than verification: nothing to gate.
  const verified = (session?.user.verification?.status ?? 'VERIFIED') === 'VERIFIED';
  const onBoard = verified && !session?.notVerified;

  const [shown, setShown] = useState(onBoard);
  const [switched, setSwitched] = useState(false);
  if (shown !== onBoard) {
    setShown(onBoard);
    setSwitched(true);
  }
  const previous = useRef(onBoard);
  useEffect(() => {
    if (previous.current === onBoard) return;
    previous.current = onBoard;
    focusMainHeading();
  }, [onBoard]);

  if (!session) return null;
  return onBoard ? (
    <ProviderBoard user={session.user} welcome={switched} />
  ) : (
    <ProviderStatus user={session.user} checking={verified} />
  );
}
