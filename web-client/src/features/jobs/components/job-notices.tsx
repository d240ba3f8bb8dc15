import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { dismissJobNotice, jobKeys, type JobNotice } from '../utils/job-cache';

/**
 * Why visits left "My jobs" (the patient cancelled, the provider gave one back elsewhere, an administrator
 * stepped in), each until dismissed. The region is always there, so that a screen reader reads each new
 * notice as it arrives.
 */
export function JobNotices() {
  const queryClient = useQueryClient();
  const notices = useQuery<JobNotice[]>({ queryKey: jobKeys.notices(), queryFn: skipToken, staleTime: Infinity }).data ?? [];
  return (
    <div role="status" className="job-notices" data-testid="job-notices">
      {notices.map((notice) => (
        <p key={notice.id} className="notice notice--warning job-notices__item" data-testid="job-notice" data-id={notice.id}>
          <span>{notice.text}</span>
          <button type="button" className="button button--secondary" onClick={() => dismissJobNotice(queryClient, notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
