import type { Professional, ServiceType } from '@/types/api';
import { PROFESSIONAL_LABELS, professionalFieldsFor } from '@/lib/professional';

/** The professional details a provider submitted, as a list of facts. */
export function ProfessionalFacts({ serviceType, professional }: { serviceType?: ServiceType; professional?: Professional }) {
  const fields = professionalFieldsFor(serviceType);
  if (fields.length === 0) return null;
  return (
    <dl className="facts" data-testid="professional-facts">
      {fields.map((field) => (
        <div key={field} className="facts__row">
          <dt>{PROFESSIONAL_LABELS[field]}</dt>
          <dd>{professional?.[field] || <span className="muted">not given</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
