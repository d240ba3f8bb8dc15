import { skipToken, useQuery, useQueryClient } from '@tanstack/react-query';
import { focusResult } from '@/lib/focus';
import { dismissJobNotice, jobKeys, type JobNotice } from '../utils/job-cache';
import { BOARD_IDS, noticeElementId } from '../utils/outcome';

/**
 * Why visits left "My jobs" (the patient cancelled, the provider gave one back, an administrator stepped
 * in), each until dismissed. The region is always there, so that a screen reader reads each new notice
 * as it arrives; after giving a visit back, the keyboard comes to its notice.
 */
export function JobNotices() {
  const queryClient = useQueryClient();
  const notices = useQuery<JobNotice[]>({ queryKey: jobKeys.notices(), queryFn: skipToken, staleTime: Infinity }).data ?? [];
  const dismiss = (id: string) => {
    dismissJobNotice(queryClient, id);
    focusResult(BOARD_IDS.mine);
  };
  return (
    <div role="status" className="job-notices" data-testid="job-notices">
      {notices.map((notice) => (
        <p key={notice.id} id={noticeElementId(notice.id)} tabIndex={-1} className="notice notice--warning job-notices__item" data-testid="job-notice" data-id={notice.id}>
          <span>{notice.text}</span>
          <button type="button" className="button button--secondary" onClick={() => dismiss(notice.id)}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
