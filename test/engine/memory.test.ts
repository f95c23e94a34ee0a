import { describe, expect, it } from 'vitest';
import { GarbageSchedule } from '../../src/engine/memory.js';

describe('GarbageSchedule', () => {
  it('looks at the heap once per budget of characters, and collects only above the limit', () => {
    let heap = 10;
    let collections = 0;
    const schedule = new GarbageSchedule(100, 50, () => collections++, () => heap);
    schedule.checked(60);
    schedule.checked(60); // 120 ≥ 100: looked at, but 10 < 50
    expect(collections).toBe(0);
    heap = 80;
    schedule.checked(99); // the count started afresh: 99 < 100
    expect(collections).toBe(0);
    schedule.checked(1);
    expect(collections).toBe(1);
    schedule.checked(250);
    expect(collections).toBe(2);
  });

  it('runs a collection of the real heap without failing', () => {
    expect(() => new GarbageSchedule(1, 0).checked(1)).not.toThrow();
  });
});
