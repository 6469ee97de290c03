/**
 * How many large bodies the server holds at once (ADR 028): each is up to `maxBodyBytes` in memory
 * from its first byte until its answer is written. A request beyond the bound waits, unread, in
 * arrival order: its socket is paused, so the client's bytes stay in the client (TCP back-pressure)
 * and its wait is bounded by the server's request timeout like any slow upload.
 */

/** Leaves the slot, or the queue when still waiting; calling it again does nothing. */
export type LeaveSlot = () => void;

/** A counting semaphore with a FIFO queue. */
export interface BodySlots {
  /** Calls `admitted` now or once a slot frees up (never after the returned function was called). */
  enter(admitted: () => void): LeaveSlot;
  /** Slots taken and requests waiting, for tests and logs. */
  readonly held: number;
  readonly waiting: number;
}

/**
 * Creates `size` slots.
 *
 * @example
 * const slots = bodySlots(2);
 * const leave = slots.enter(() => req.resume());
 * // … after the answer was written:
 * leave();
 */
export function bodySlots(size: number): BodySlots {
  let held = 0;
  const queue: Array<() => void> = [];
  const admitNext = (): void => {
    while (held < size && queue.length > 0) {
      held += 1;
      (queue.shift() as () => void)();
    }
  };
  return {
    enter(admitted) {
      let state: 'waiting' | 'in' | 'out' = 'waiting';
      const admit = (): void => {
        state = 'in';
        admitted();
      };
      queue.push(admit);
      admitNext();
      return () => {
        if (state === 'in') {
          held -= 1;
          admitNext();
        } else if (state === 'waiting') {
          const index = queue.indexOf(admit);
          if (index >= 0) queue.splice(index, 1);
        }
        state = 'out';
      };
    },
    get held() {
      return held;
    },
    get waiting() {
      return queue.length;
    },
  };
}
