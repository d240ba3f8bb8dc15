import { useId, useRef, useState } from 'react';
import { FormError } from '@/components/ui/form-error';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { errorMessage } from '@/lib/api-client';
import type { Booking } from '@/types/api';
import { ETA_MAX_MINUTES, useAdvanceJob, type JobStep } from '../api/advance-job';
import { RELEASE_REASON_MAX, useReleaseJob } from '../api/release-job';
import { CompleteDialog } from './complete-dialog';

const ACTIONS = {
  ACCEPTED: { label: 'On my way', pending: 'Sending…', notDone: 'the patient was not told you are on your way' },
  EN_ROUTE: { label: 'Arrived', pending: 'Sending…', notDone: 'your arrival was not recorded' },
  IN_PROGRESS: { label: 'Complete', pending: 'Completing…', notDone: 'the visit was not completed' },
} as const;

/**
 * What the provider does next with a visit in hand: set off (saying, if they like, in how many minutes they
 * arrive) or give it back, then arrive, then complete, which cannot be undone and so is asked first. One
 * request however often a button is pressed. A button waiting for its answer says so and stays focusable
 * (aria-disabled, not disabled), so that the keyboard never drops to the page.
 */
export function NextAction({ job, label }: { job: Booking; label: string }) {
  const advance = useAdvanceJob(job.id);
  // The status a step was sent from: until the visit has moved on (or the step failed), no second one.
  const sent = useRef<string | null>(null);
  const [eta, setEta] = useState('');
  const [etaError, setEtaError] = useState<string | null>(null);
  const [givingBack, setGivingBack] = useState(false);
  const [completing, setCompleting] = useState(false);
  const etaId = useId();
  if (job.status !== 'ACCEPTED' && job.status !== 'EN_ROUTE' && job.status !== 'IN_PROGRESS') return null;
  const action = ACTIONS[job.status];

  const send = (step: JobStep) => {
    if (sent.current === job.status) return;
    sent.current = job.status;
    advance.mutate(step, { onError: () => (sent.current = null) });
  };

  const onClick = () => {
    if (job.status === 'IN_PROGRESS') {
      setCompleting(true);
      return;
    }
    if (job.status === 'EN_ROUTE') {
      send({ step: 'arrive' });
      return;
    }
    const minutes = eta.trim() ? Number(eta) : undefined;
    if (minutes !== undefined && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= ETA_MAX_MINUTES)) {
      setEtaError(`Give whole minutes, 1 to ${ETA_MAX_MINUTES}, or leave it empty.`);
      return;
    }
    setEtaError(null);
    send({ step: 'en-route', etaMinutes: minutes });
  };

  const pending = advance.isPending && !completing;
  return (
    <div className={`next-action next-action--${job.status.toLowerCase()}`} data-testid="next-action">
      {job.status === 'ACCEPTED' && (
        <div className={`field next-action__eta${etaError ? ' field--invalid' : ''}`}>
          <label htmlFor={etaId}>Arriving in (minutes, optional)</label>
          <input
            id={etaId}
            type="number"
            inputMode="numeric"
            min={1}
            max={ETA_MAX_MINUTES}
            value={eta}
            onChange={(e) => setEta(e.target.value)}
            aria-invalid={Boolean(etaError)}
            aria-describedby={etaError ? `${etaId}-error` : undefined}
          />
          {etaError && (
            <p id={`${etaId}-error`} className="field__error">
              {etaError}
            </p>
          )}
        </div>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => !pending && onClick()}
          aria-disabled={pending}
          aria-label={pending ? undefined : `${action.label}: ${label}`}
        >
          {pending ? action.pending : action.label}
        </button>
        {job.status === 'ACCEPTED' && (
          <button type="button" className="button button--danger" onClick={() => setGivingBack(true)} aria-label={`Give back: ${label}`}>
            Give back
          </button>
        )}
      </div>
      {!completing && <FormError message={advance.error ? errorMessage(advance.error, action.notDone) : null} />}
      {givingBack && <GiveBackDialog job={job} label={label} onClose={() => setGivingBack(false)} />}
      {completing && (
        <CompleteDialog
          label={label}
          pending={advance.isPending}
          error={advance.error}
          onConfirm={() => send({ step: 'complete' })}
          onClose={() => setCompleting(false)}
        />
      )}
    </div>
  );
}

/** Gives the visit back, after asking why: the patient reads the reason, and the provider never sees the visit again. */
function GiveBackDialog({ job, label, onClose }: { job: Booking; label: string; onClose: () => void }) {
  const release = useReleaseJob(job.id);
  return (
    <ReasonDialog
      title={`Give back: ${label}?`}
      required="Say why: the patient reads it."
      max={RELEASE_REASON_MAX}
      hint="The patient reads it, and administrators."
      action="Give back"
      pendingAction="Giving back…"
      danger
      closeLabel="Keep the visit"
      pending={release.isPending}
      error={release.error}
      notDone="the visit was not given back"
      onSubmit={(reason) => release.mutate(reason)}
      onClose={onClose}
    >
      <p>The visit goes back to other providers at once, and you will not see it again.</p>
    </ReasonDialog>
  );
}
