const LOCK_NAME = 'medondoor-session-refresh';

/**
 * Runs `task` holding the cross-tab refresh lock (Web Locks API), so that one tab renews at a time
 * and the others find its token when their turn comes. Without the API (an old browser, a test)
 * the task just runs: the server's short grace for a just-rotated cookie covers two tabs at once.
 */
export async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Partial<Navigator>).locks;
  return locks ? await locks.request(LOCK_NAME, task) : task();
}
