import { useEffect, useState } from 'react';

/** Time since the EHP opened the appointment, against the hour booked. */
export function ElapsedClock({ bookedMinutes }: { bookedMinutes: number }) {
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(openedAt);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const minutes = Math.floor((now - openedAt) / 60_000);
  const over = minutes >= bookedMinutes;
  return (
    <div className={`govuk-inset-text${over ? ' app-clock--over' : ''}`}>
      <strong className="govuk-!-font-size-24">
        {minutes} of {bookedMinutes} minutes
      </strong>{' '}
      {over ? 'The booked time is up.' : 'since you opened this appointment.'}
    </div>
  );
}
