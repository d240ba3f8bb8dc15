import { endSession, getSession, lastEndReason, setSession, subscribeSession, type EndReason, type Session } from './session';

const LOCK_NAME = 'medondoor-session-refresh';
const CHANNEL_NAME = 'medondoor-session';

type TabMessage = { type: 'session'; session: Session } | { type: 'ended'; reason: EndReason };

/**
 * Runs `task` holding the cross-tab refresh lock (Web Locks API), so that one tab renews at a time
 * and the others find its token when their turn comes. Without the API (an old browser, a test)
 * the task just runs: the server's short grace for a just-rotated cookie covers two tabs at once.
 */
export async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  return locks ? await locks.request(LOCK_NAME, task) : task();
}

function toMessage(session: Session | null): TabMessage {
  if (!session) return { type: 'ended', reason: lastEndReason() ?? 'logout' };
  return { type: 'session', session: { accessToken: session.accessToken, expiresAt: session.expiresAt, user: session.user } };
}

/** A message from another tab. */
function apply(message: TabMessage) {
  if (message.type === 'ended') {
    endSession(message.reason);
    return;
  }
  const { session } = message;
  const current = getSession();
  if (current?.user.id !== session.user.id) {
    setSession(session);
  } else if (session.expiresAt > current.expiresAt) {
    // The same person: a newer token only, keeping what this tab knows of the user (its own streams keep it).
    setSession({ ...current, accessToken: session.accessToken, expiresAt: session.expiresAt });
  }
}

/**
 * Keeps this tab's session the same as the other tabs' (BroadcastChannel): a token this tab gets
 * (logging in, a renewal) is shared, and so is the end of the session (logging out, the server
 * refusing to renew), so that logging out in one tab logs out all. The browser holds one refresh
 * cookie, hence one person, for all its tabs. Without BroadcastChannel each tab stands alone.
 * Returns a function that stops.
 */
export function connectTabs(): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  let token = getSession()?.accessToken ?? null;
  let applying = false;
  channel.onmessage = (event: MessageEvent<TabMessage>) => {
    applying = true;
    try {
      apply(event.data);
    } finally {
      applying = false;
    }
  };
  const unsubscribe = subscribeSession(() => {
    const session = getSession();
    if ((session?.accessToken ?? null) === token) return;
    token = session?.accessToken ?? null;
    if (applying) return;
    channel.postMessage(toMessage(session));
  });
  return () => {
    unsubscribe();
    channel.close();
  };
}
