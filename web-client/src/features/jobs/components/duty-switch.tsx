import { errorMessage } from '@/lib/api-client';
import { useDuty, useSetDuty } from '../api/duty';

function visits(count: number): string {
  return count === 1 ? '1 visit' : `${count} visits`;
}

/** Whether the provider is on duty, how many visits they hold of how many, and the switch. */
export function DutySwitch() {
  const duty = useDuty();
  const change = useSetDuty();
  if (!duty.data) {
    return duty.isError ? (
      <p role="alert" className="form-error">
        {errorMessage(duty.error)}
      </p>
    ) : null;
  }
  const { onDuty, capacity, activeVisits } = duty.data;
  return (
    <div className="duty" data-testid="duty">
      <p role="status" className={onDuty ? 'notice notice--success' : 'notice'}>
        {onDuty
          ? `You are on duty, holding ${activeVisits} of ${visits(capacity)} at once.`
          : `You are off duty: go on duty to accept jobs.${activeVisits > 0 ? ` You still hold ${visits(activeVisits)}.` : ''}`}
      </p>
      <button
        type="button"
        className={onDuty ? 'button button--secondary' : 'button'}
        disabled={change.isPending}
        onClick={() => change.mutate(!onDuty)}
      >
        {onDuty ? 'Go off duty' : 'Go on duty'}
      </button>
      {change.isError && (
        <p role="alert" className="form-error">
          {errorMessage(change.error)}
        </p>
      )}
    </div>
  );
}
